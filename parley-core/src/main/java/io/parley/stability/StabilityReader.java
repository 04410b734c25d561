package io.parley.stability;

import io.parley.scenario.ScenarioException;
import io.parley.scenario.SourceNode;
import io.parley.scenario.SourceNode.ListNode;
import io.parley.scenario.SourceNode.MapNode;
import io.parley.scenario.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a stability file (YAML, or JSON when the name ends in {@code .json}; see {@code
 * docs/stability.md} and {@code docs/stability.schema.json}) into a {@link GraphModel}.
 *
 * <p>Every rule is checked; the first broken one is a {@link ScenarioException} naming the file,
 * line, column and key path: an unknown key, option or decision maker, an empty feasible state set,
 * a ranking that misses a state or names one twice, a malformed statement.
 */
public final class StabilityReader {
  private static final List<String> TOP_KEYS =
      List.of(
          "name",
          "description",
          "source",
          "decision_makers",
          "infeasible",
          "indistinguishable",
          "preferences");
  private static final List<String> DM_KEYS = List.of("id", "name", "options");
  private static final List<String> OPTION_KEYS = List.of("id", "name", "moves");
  private static final List<String> PREFERENCE_KEYS = List.of("ranking", "priorities");

  /** Priority scores are sums of powers of two in a long. */
  public static final int MAX_STATEMENTS = 62;

  private final List<ConflictOption> options = new ArrayList<>();
  private final Map<String, Integer> optionIndex = new LinkedHashMap<>();
  private final List<DecisionMaker> decisionMakers = new ArrayList<>();
  private final Map<String, Integer> dmIndex = new LinkedHashMap<>();
  private List<State> states = List.of();

  private StabilityReader() {}

  /**
   * Reads a stability file.
   *
   * @throws ScenarioException if the file cannot be read or breaks a rule of the format
   */
  public static GraphModel read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      String reason = e instanceof NoSuchFileException ? "no such file" : e.toString();
      throw new ScenarioException(file.toString(), 0, 0, "", "cannot read the file: " + reason);
    }
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return parse(file.toString(), text, json);
  }

  /**
   * Reads a stability model from text.
   *
   * @param source the name used in messages
   * @param json whether the text is JSON rather than YAML
   * @throws ScenarioException if the text breaks a rule of the format
   */
  public static GraphModel parse(String source, String text, boolean json) {
    SourceNode root = SourceParser.parse(source, text, json);
    return new StabilityReader()
        .model(root.asMap("a stability model with name, decision_makers and preferences"));
  }

  private GraphModel model(MapNode root) {
    root.allowOnly(TOP_KEYS, "the stability model");
    String name = root.require("name", "the model's name").text("a name");
    readDecisionMakers(root.require("decision_makers", "a list of decision makers"));
    List<OptionPattern> infeasible = patterns(root.find("infeasible"), "infeasible");
    List<OptionPattern> merged = patterns(root.find("indistinguishable"), "indistinguishable");
    states = StateSpace.generate(options.size(), infeasible, merged);
    if (states.isEmpty()) {
      throw root.require("infeasible", "infeasible combinations")
          .fail(
              "every one of the "
                  + (1L << options.size())
                  + " option combinations is infeasible; no state is left to analyse");
    }
    long[][] payoffs =
        readPreferences(root.require("preferences", "each decision maker's preferences"));
    return GraphModel.fromOptionForm(name, options, decisionMakers, states, payoffs);
  }

  private void readDecisionMakers(SourceNode node) {
    ListNode list = node.asList("a list of decision makers");
    if (list.items().isEmpty()) {
      throw list.fail("expected at least one decision maker");
    }
    for (SourceNode item : list.items()) {
      MapNode dm = item.asMap("a decision maker with id and options");
      dm.allowOnly(DM_KEYS, "a decision maker");
      SourceNode idNode = dm.require("id", "the decision maker's id");
      String id = idNode.text("an id");
      if (dmIndex.containsKey(id)) {
        throw idNode.fail("duplicate decision maker id '" + id + "'");
      }
      String name = dm.find("name").map(n -> n.text("a name")).orElse(id);
      ListNode optionList =
          dm.require("options", "the options it controls").asList("a list of options");
      if (optionList.items().isEmpty()) {
        throw optionList.fail("expected at least one option");
      }
      List<Integer> own = new ArrayList<>();
      for (SourceNode optionItem : optionList.items()) {
        own.add(readOption(optionItem, id));
      }
      dmIndex.put(id, decisionMakers.size());
      decisionMakers.add(new DecisionMaker(id, name, own));
    }
    if (decisionMakers.size() > StabilityAnalysis.MAX_DECISION_MAKERS) {
      throw list.fail(
          decisionMakers.size()
              + " decision makers; at most "
              + StabilityAnalysis.MAX_DECISION_MAKERS);
    }
  }

  private int readOption(SourceNode item, String owner) {
    MapNode option = item.asMap("an option with an id");
    option.allowOnly(OPTION_KEYS, "an option");
    SourceNode idNode = option.require("id", "the option's id");
    String id = idNode.text("an id");
    if (optionIndex.containsKey(id)) {
      throw idNode.fail("duplicate option id '" + id + "'");
    }
    if (!id.matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw idNode.fail(
          "option id '" + id + "' must start with a letter and hold only letters, digits and _");
    }
    if (options.size() == StateSpace.MAX_OPTIONS) {
      throw idNode.fail("more than " + StateSpace.MAX_OPTIONS + " options");
    }
    String name = option.find("name").map(n -> n.text("a name")).orElse(id);
    OptionMoves moves = option.find("moves").map(StabilityReader::moves).orElse(OptionMoves.BOTH);
    optionIndex.put(id, options.size());
    options.add(new ConflictOption(id, name, owner, moves));
    return options.size() - 1;
  }

  private static OptionMoves moves(SourceNode node) {
    String key = node.text("both, take-only or withdraw-only");
    for (OptionMoves candidate : OptionMoves.values()) {
      if (candidate.key().equals(key)) {
        return candidate;
      }
    }
    throw node.fail("moves '" + key + "'; expected both, take-only or withdraw-only");
  }

  private List<OptionPattern> patterns(Optional<SourceNode> node, String what) {
    if (node.isEmpty()) {
      return List.of();
    }
    List<OptionPattern> patterns = new ArrayList<>();
    for (SourceNode item : node.get().asList("a list of option patterns").items()) {
      MapNode map = item.asMap("a pattern: a map of option id to Y or N");
      if (map.entries().isEmpty()) {
        throw map.fail("an empty pattern would match every combination");
      }
      Map<Integer, Boolean> values = new LinkedHashMap<>();
      for (var entry : map.entries().entrySet()) {
        Integer option = optionIndex.get(entry.getKey());
        if (option == null) {
          throw entry.getValue().fail(unknownOption(entry.getKey()) + " in " + what);
        }
        values.put(option, yesNo(entry.getValue()));
      }
      patterns.add(new OptionPattern(values));
    }
    return patterns;
  }

  private String unknownOption(String id) {
    return "unknown option '"
        + id
        + "'; expected one of "
        + String.join(", ", optionIndex.keySet());
  }

  private static boolean yesNo(SourceNode node) {
    String text = node.asScalar("Y or N").text().toLowerCase(Locale.ROOT);
    switch (text) {
      case "y":
      case "yes":
      case "true":
        return true;
      case "n":
      case "no":
      case "false":
        return false;
      default:
        throw node.fail("expected Y or N, got " + node.kind());
    }
  }

  private long[][] readPreferences(SourceNode node) {
    MapNode map = node.asMap("a map of decision maker id to its preferences");
    for (var entry : map.entries().entrySet()) {
      if (!dmIndex.containsKey(entry.getKey())) {
        throw entry
            .getValue()
            .fail(
                "unknown decision maker '"
                    + entry.getKey()
                    + "'; expected one of "
                    + String.join(", ", dmIndex.keySet()));
      }
    }
    long[][] payoffs = new long[decisionMakers.size()][];
    for (DecisionMaker dm : decisionMakers) {
      MapNode preference =
          map.require(dm.id(), "the preferences of " + dm.id()).asMap("a ranking or priorities");
      preference.allowOnly(PREFERENCE_KEYS, "the preferences of " + dm.id());
      var ranking = preference.find("ranking");
      var priorities = preference.find("priorities");
      if (ranking.isPresent() == priorities.isPresent()) {
        throw preference.fail(
            "give either a ranking or priorities, not "
                + (ranking.isPresent() ? "both" : "neither"));
      }
      payoffs[dmIndex.get(dm.id())] =
          ranking.isPresent() ? ranking(ranking.get(), dm.id()) : priorities(priorities.get());
    }
    return payoffs;
  }

  /** Payoffs from a ranking, most preferred first; an entry that is a list is a tie. */
  private long[] ranking(SourceNode node, String dm) {
    List<SourceNode> entries = node.asList("a list of states, most preferred first").items();
    long[] payoffs = new long[states.size()];
    SourceNode[] seenAt = new SourceNode[states.size()];
    for (int rank = 0; rank < entries.size(); rank++) {
      SourceNode entry = entries.get(rank);
      List<SourceNode> tied = entry instanceof ListNode list ? list.items() : List.of(entry);
      if (tied.isEmpty()) {
        throw entry.fail("an empty tie names no state");
      }
      for (SourceNode stateNode : tied) {
        State state = state(stateNode);
        SourceNode earlier = seenAt[state.index()];
        if (earlier != null) {
          throw stateNode.fail(
              "state "
                  + state.label()
                  + " appears twice in the ranking of "
                  + dm
                  + " (also at line "
                  + earlier.where().line()
                  + ")");
        }
        seenAt[state.index()] = stateNode;
        payoffs[state.index()] = entries.size() - rank;
      }
    }
    List<String> missing = new ArrayList<>();
    for (State state : states) {
      if (seenAt[state.index()] == null) {
        missing.add(state.label());
      }
    }
    if (!missing.isEmpty()) {
      throw node.fail(
          "the ranking of "
              + dm
              + " misses "
              + missing.size()
              + " of the "
              + states.size()
              + " states: "
              + String.join(", ", missing));
    }
    return payoffs;
  }

  /** A state named by its label, or by one of its option combinations written as Y/N. */
  private State state(SourceNode node) {
    String text = node.text("a state written as Y/N, one letter per option");
    for (State state : states) {
      if (state.label().equals(text)) {
        return state;
      }
    }
    if (text.length() != options.size() || !text.matches("[YN-]+")) {
      throw node.fail(
          "'"
              + text
              + "' is not a state: write "
              + options.size()
              + " letters Y, N (or - in a merged state), one per option in the order "
              + String.join(", ", optionIndex.keySet()));
    }
    if (text.indexOf('-') < 0) {
      long bits = 0;
      for (int k = 0; k < text.length(); k++) {
        bits |= text.charAt(k) == 'Y' ? 1L << k : 0;
      }
      for (State state : states) {
        if (state.members().contains(bits)) {
          return state;
        }
      }
    }
    throw node.fail("'" + text + "' is not a feasible state");
  }

  /** Payoffs from option-prioritisation statements, most important first (GMCR II scoring). */
  private long[] priorities(SourceNode node) {
    List<SourceNode> items = node.asList("a list of statements, most important first").items();
    if (items.isEmpty()) {
      throw node.fail("expected at least one statement");
    }
    if (items.size() > MAX_STATEMENTS) {
      throw node.fail(items.size() + " statements; at most " + MAX_STATEMENTS);
    }
    long[] payoffs = new long[states.size()];
    for (int i = 0; i < items.size(); i++) {
      SourceNode item = items.get(i);
      PriorityStatement statement;
      try {
        statement =
            PriorityStatement.parse(
                item.text("a statement such as '-delay & accept'"), optionIndex);
      } catch (IllegalArgumentException e) {
        throw item.fail(e.getMessage());
      }
      long weight = 1L << (items.size() - 1 - i);
      for (State state : states) {
        if (statement.holds(state)) {
          payoffs[state.index()] += weight;
        }
      }
    }
    return payoffs;
  }
}
