package io.parley.scenario;

import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.ValueFunction;
import io.parley.ratification.Constituency;
import io.parley.ratification.Ratification;
import io.parley.ratification.RatificationRule;
import io.parley.ratification.Ratifier;
import io.parley.scenario.SourceNode.MapNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/** Reads the {@code ratification} section of a scenario file (docs/scenario-format.md). */
final class RatificationReader {
  private static final List<String> SIDE_KEYS = List.of("rule", "threshold", "ratifiers");
  private static final List<String> RATIFIER_KEYS =
      List.of("id", "name", "weight", "weights", "values", "reservation", "red_lines");
  private static final List<String> RULES = List.of("any-veto", "majority", "weighted");

  private RatificationReader() {}

  static Ratification read(
      SourceNode node, List<Party> parties, Set<String> negotiating, OutcomeSpace space) {
    MapNode map = node.asMap("a map of party id to its ratifiers");
    Set<String> ids = new HashSet<>();
    parties.forEach(p -> ids.add(p.id()));
    List<Constituency> sides = new ArrayList<>();
    for (var entry : map.entries().entrySet()) {
      String party = entry.getKey();
      if (!negotiating.contains(party)) {
        throw entry
            .getValue()
            .fail(
                "'"
                    + party
                    + "' is not a party with preferences; parties are "
                    + String.join(", ", negotiating));
      }
      sides.add(side(party, entry.getValue(), ids, space));
    }
    return new Ratification(sides);
  }

  private static Constituency side(
      String party, SourceNode node, Set<String> ids, OutcomeSpace space) {
    MapNode map = node.asMap("{rule, threshold, ratifiers}");
    map.allowOnly(SIDE_KEYS, "a party's ratification");
    SourceNode ruleNode = map.require("rule", "any-veto, majority or weighted");
    String ruleName = ruleNode.text("a rule");
    if (!RULES.contains(ruleName)) {
      throw ruleNode.fail(
          "unknown rule '" + ruleName + "'; expected one of " + String.join(", ", RULES));
    }
    SourceNode listNode = map.require("ratifiers", "a list of ratifiers");
    List<SourceNode> items = listNode.asList("a list of ratifiers").items();
    if (items.isEmpty() || items.size() > Constituency.MAX_RATIFIERS) {
      throw listNode.fail(
          party
              + " has "
              + items.size()
              + " ratifiers; expected 1 to "
              + Constituency.MAX_RATIFIERS
              + ", or no ratification entry");
    }
    List<Ratifier> ratifiers = new ArrayList<>();
    for (SourceNode item : items) {
      ratifiers.add(ratifier(item, ids, space));
    }
    RatificationRule rule;
    var thresholdNode = map.find("threshold");
    if (ruleName.equals("weighted")) {
      SourceNode t = map.require("threshold", "the total weight that ratifies");
      double threshold = t.number("a threshold (a positive total weight)");
      double total = ratifiers.stream().mapToDouble(Ratifier::weight).sum();
      if (threshold <= 0) {
        throw t.fail("threshold " + threshold + " is not positive; expected a total weight > 0");
      }
      if (threshold > total + 1e-9) {
        throw t.fail(
            "threshold "
                + threshold
                + " exceeds the total weight "
                + total
                + " of "
                + party
                + "'s ratifiers, so the rule can never be met");
      }
      rule = new RatificationRule.WeightedThreshold(threshold);
    } else {
      if (thresholdNode.isPresent()) {
        throw thresholdNode.get().fail("a threshold needs rule weighted, not " + ruleName);
      }
      rule =
          ruleName.equals("majority")
              ? RatificationRule.Majority.INSTANCE
              : RatificationRule.AnyVeto.INSTANCE;
    }
    return new Constituency(party, rule, ratifiers);
  }

  private static Ratifier ratifier(SourceNode node, Set<String> ids, OutcomeSpace space) {
    MapNode map = node.asMap("a ratifier: {id, name, weight, weights, values, reservation, ...}");
    map.allowOnly(RATIFIER_KEYS, "a ratifier");
    SourceNode idNode = map.require("id", "the ratifier's id");
    String id = idNode.text("a ratifier id");
    if (!ids.add(id)) {
      throw idNode.fail("ratifier id '" + id + "' is already a participant's or ratifier's id");
    }
    String name = map.find("name").map(n -> n.text("a display name")).orElse(id);
    double weight = 1;
    var weightNode = map.find("weight");
    if (weightNode.isPresent()) {
      weight = weightNode.get().number("a weight (a number > 0)");
      if (!(weight > 0)) {
        throw weightNode.get().fail("weight " + weight + " is not positive");
      }
    }
    var preferenceEntries = new LinkedHashMap<>(map.entries());
    preferenceEntries.remove("id");
    preferenceEntries.remove("name");
    preferenceEntries.remove("weight");
    MapNode preferenceMap = new MapNode(preferenceEntries, map.where());
    if (map.find("weights").isPresent()) {
      return new Ratifier(
          id, name, weight, PreferencesReader.readPreferences(preferenceMap, space), true);
    }
    for (String key : List.of("values", "reservation")) {
      if (map.find(key).isPresent()) {
        throw map.find(key).get().fail("'" + key + "' needs 'weights'; give both or neither");
      }
    }
    List<RedLine> redLines = new ArrayList<>();
    if (map.find("red_lines").isPresent()) {
      for (SourceNode item : map.find("red_lines").get().asList("a list of red lines").items()) {
        redLines.add(PreferencesReader.readRedLine(item, space));
      }
    }
    if (redLines.isEmpty()) {
      throw map.fail(
          "ratifier '" + id + "' has neither red lines nor weights, so it accepts everything");
    }
    List<Double> weights = new ArrayList<>();
    List<ValueFunction> zero = new ArrayList<>();
    for (int i = 0; i < space.issueCount(); i++) {
      weights.add(i == 0 ? 1.0 : 0.0);
      zero.add(PreferencesReader.zeroFunction(space.issue(i)));
    }
    Preferences preferences =
        new Preferences(new LinearAdditiveUtility(space, weights, zero), 0, redLines, 1.0);
    return new Ratifier(id, name, weight, preferences, false);
  }
}
