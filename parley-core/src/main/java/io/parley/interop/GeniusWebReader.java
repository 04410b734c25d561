package io.parley.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.interop.GeniusWebDomain.IssueInfo;
import io.parley.interop.GeniusWebDomain.NumberRange;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.scenario.ScenarioException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads GeniusWeb JSON domains and {@code LinearAdditiveUtilitySpace} profiles in both dialects
 * ({@code discreteutils}/{@code numberutils} and {@code DiscreteValueSetUtilities}/{@code
 * NumberValueSetUtilities}), reproducing GeniusWeb's numbers (docs/interop.md §GeniusWeb).
 *
 * <p>Issues keep their names as display names; ids are derived from them ({@link Ids}). A number
 * range becomes a discrete issue whose labels are its exact decimal values. A profile's weights
 * must sum to exactly 1 (decimal arithmetic), its utilities cover exactly the domain's values, and
 * its {@code reservationBid} is kept; the bid's utility is the reservation value.
 */
public final class GeniusWebReader {
  /** Python's default decimal context, in which geniusweb-python computes number utilities. */
  private static final MathContext PYTHON_DECIMAL = new MathContext(28, RoundingMode.HALF_EVEN);

  private static final Set<String> PROFILE_KEYS =
      Set.of("issueUtilities", "issueWeights", "domain", "name", "reservationBid");
  private static final Set<String> DISCRETE_KEYS =
      Set.of("discreteutils", "DiscreteValueSetUtilities");
  private static final Set<String> NUMBER_KEYS = Set.of("numberutils", "NumberValueSetUtilities");
  private static final Set<String> NUMBER_UTILITY_KEYS =
      Set.of("lowValue", "lowUtility", "highValue", "highUtility");

  private GeniusWebReader() {}

  /**
   * Reads a domain file {@code {"name": .., "issuesValues": {..}}}.
   *
   * @throws ScenarioException if the file is not a well-formed GeniusWeb domain
   */
  public static GeniusWebDomain readDomain(Path file) {
    JsonSource json = JsonSource.parse(file);
    return domain(json, json.root(), "");
  }

  /**
   * Reads the profile {@code file} of party {@code partyId} over {@code domain}; the domain the
   * profile embeds must be the same.
   *
   * @throws ScenarioException if the file is malformed, its domain differs, or its weights or
   *     utilities break GeniusWeb's rules
   */
  public static ImportedProfile readProfile(Path file, GeniusWebDomain domain, String partyId) {
    JsonSource json = JsonSource.parse(file);
    ObjectNode root =
        json.object(json.root(), "", "a profile {\"LinearAdditiveUtilitySpace\": ..}");
    if (root.size() != 1 || !root.has("LinearAdditiveUtilitySpace")) {
      String found = root.fieldNames().hasNext() ? root.fieldNames().next() : "nothing";
      throw json.fail(
          "",
          "profile type '"
              + found
              + "' is not supported; expected {\"LinearAdditiveUtilitySpace\": {..}}");
    }
    String path = "LinearAdditiveUtilitySpace";
    ObjectNode space = json.object(root.get(path), path, "an object");
    json.allowOnly(space, path, PROFILE_KEYS);
    List<String> notes = new ArrayList<>();
    String name =
        json.text(
            json.require(space, path, "name", "the profile's name"),
            JsonSource.join(path, "name"),
            "a name");
    if (!name.matches("[a-zA-Z0-9]+")) {
      notes.add("profile name \"" + name + "\" is not simple ([a-zA-Z0-9]+) as GeniusWeb asks");
    }
    String domainPath = JsonSource.join(path, "domain");
    GeniusWebDomain embedded =
        domain(json, json.require(space, path, "domain", "the profile's domain"), domainPath);
    checkSameDomain(json, domainPath, embedded, domain);
    OutcomeSpace outcomes = domain.space();
    List<Double> weights = weights(json, space, path, domain);
    List<ValueFunction> functions = new ArrayList<>();
    List<BigDecimal[]> exact = new ArrayList<>();
    String utilitiesPath = JsonSource.join(path, "issueUtilities");
    ObjectNode utilities =
        json.object(
            json.require(space, path, "issueUtilities", "a map of issue to value utilities"),
            utilitiesPath,
            "a map of issue to value utilities");
    checkIssueKeys(json, utilities, utilitiesPath, domain);
    for (int i = 0; i < outcomes.issueCount(); i++) {
      IssueInfo info = domain.issues().get(i);
      BigDecimal[] scores =
          issueUtilities(
              json,
              utilities.get(info.name()),
              JsonSource.join(utilitiesPath, info.name()),
              info,
              (DiscreteIssue) outcomes.issue(i));
      exact.add(scores);
      var table = new LinkedHashMap<String, Double>();
      for (int v = 0; v < scores.length; v++) {
        table.put(outcomes.issue(i).labelAt(v), scores[v].doubleValue());
      }
      functions.add(new ValueTable(table));
    }
    LinearAdditiveUtility utility = new LinearAdditiveUtility(outcomes, weights, functions);
    Optional<Outcome> reservationBid = Optional.empty();
    double reservation = 0;
    JsonNode bidNode = space.get("reservationBid");
    if (bidNode != null && !bidNode.isNull()) {
      Outcome bid = bid(json, bidNode, JsonSource.join(path, "reservationBid"), domain);
      reservationBid = Optional.of(bid);
      reservation = exactUtility(space, domain, exact, bid).doubleValue();
    }
    String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return new ImportedProfile(
        partyId,
        name.isBlank() ? stem : name,
        Optional.of(file.toString()),
        ProfileKind.GENIUSWEB_LINEAR_ADDITIVE,
        new Preferences(utility, reservation, List.of(), 1.0),
        reservationBid,
        Optional.empty(),
        Optional.empty(),
        notes);
  }

  /** Reads the domain object at {@code path}. */
  static GeniusWebDomain domain(JsonSource json, JsonNode node, String path) {
    ObjectNode object = json.object(node, path, "a domain {\"name\": .., \"issuesValues\": ..}");
    json.allowOnly(object, path, Set.of("name", "issuesValues"));
    String name =
        json.text(
            json.require(object, path, "name", "the domain's name"),
            JsonSource.join(path, "name"),
            "a name");
    String issuesPath = JsonSource.join(path, "issuesValues");
    ObjectNode issues =
        json.object(
            json.require(object, path, "issuesValues", "a map of issue to values"),
            issuesPath,
            "a map of issue to values");
    if (issues.isEmpty()) {
      throw json.fail(issuesPath, "no issues; expected at least one");
    }
    Ids ids = new Ids("issue");
    List<Issue> result = new ArrayList<>();
    List<IssueInfo> infos = new ArrayList<>();
    var fields = issues.fields();
    while (fields.hasNext()) {
      var entry = fields.next();
      String issuePath = JsonSource.join(issuesPath, entry.getKey());
      ObjectNode valueSet =
          json.object(entry.getValue(), issuePath, "{\"values\": [..]} or {\"range\": {..}}");
      json.allowOnly(valueSet, issuePath, Set.of("values", "range"));
      String id = ids.idFor(entry.getKey());
      if (valueSet.has("values") == valueSet.has("range")) {
        throw json.fail(issuePath, "expected exactly one of \"values\" or \"range\"");
      }
      if (valueSet.has("values")) {
        result.add(
            values(
                json,
                valueSet.get("values"),
                JsonSource.join(issuePath, "values"),
                id,
                entry.getKey()));
        infos.add(new IssueInfo(entry.getKey(), Optional.empty()));
      } else {
        NumberRange range = range(json, valueSet.get("range"), JsonSource.join(issuePath, "range"));
        List<String> labels = new ArrayList<>();
        for (BigDecimal value : range.grid()) {
          labels.add(label(value));
        }
        result.add(new DiscreteIssue(id, entry.getKey(), labels));
        infos.add(new IssueInfo(entry.getKey(), Optional.of(range)));
      }
    }
    return new GeniusWebDomain(json.file(), name, new OutcomeSpace(result), infos);
  }

  /** The label of a number value: its plain decimal text without trailing zeros. */
  static String label(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static Issue values(JsonSource json, JsonNode node, String path, String id, String name) {
    if (!node.isArray() || node.isEmpty()) {
      throw json.fail(path, "expected a non-empty list of values, got " + JsonSource.kind(node));
    }
    List<String> labels = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int k = 0; k < node.size(); k++) {
      String label = json.text(node.get(k), path + "[" + k + "]", "a value (text)");
      if (!seen.add(label)) {
        throw json.fail(path + "[" + k + "]", "value \"" + label + "\" is listed twice");
      }
      labels.add(label);
    }
    return new DiscreteIssue(id, name, labels);
  }

  /** GeniusWeb {@code Range}: {@code low + k·step} for k = 0 .. floor((high − low) / step). */
  private static NumberRange range(JsonSource json, JsonNode node, String path) {
    ObjectNode object = json.object(node, path, "{\"low\": .., \"high\": .., \"step\": ..}");
    json.allowOnly(object, path, Set.of("low", "high", "step"));
    BigDecimal low = json.decimal(json.require(object, path, "low", "a number"), path, "a number");
    BigDecimal high =
        json.decimal(json.require(object, path, "high", "a number"), path, "a number");
    BigDecimal step =
        json.decimal(json.require(object, path, "step", "a number"), path, "a number");
    if (step.signum() <= 0) {
      throw json.fail(JsonSource.join(path, "step"), "step " + step + " is not > 0");
    }
    if (high.compareTo(low) < 0) {
      throw json.fail(path, "high " + high + " < low " + low + "; expected low <= high");
    }
    BigDecimal count = high.subtract(low).divideToIntegralValue(step).add(BigDecimal.ONE);
    if (count.compareTo(BigDecimal.valueOf(io.parley.outcome.IntegerIssue.MAX_VALUES)) > 0) {
      throw json.fail(
          path, count + " values, more than " + io.parley.outcome.IntegerIssue.MAX_VALUES);
    }
    List<BigDecimal> grid = new ArrayList<>();
    for (int k = 0; k < count.intValue(); k++) {
      grid.add(low.add(step.multiply(BigDecimal.valueOf(k))));
    }
    return new NumberRange(low, high, step, grid);
  }

  private static void checkSameDomain(
      JsonSource json, String path, GeniusWebDomain embedded, GeniusWebDomain domain) {
    List<String> names = embedded.issues().stream().map(IssueInfo::name).toList();
    List<String> expected = domain.issues().stream().map(IssueInfo::name).toList();
    if (!new LinkedHashSet<>(names).equals(new LinkedHashSet<>(expected))) {
      throw json.fail(
          path,
          "the profile's domain has issues "
              + names
              + " but "
              + domain.file()
              + " has "
              + expected);
    }
    for (int i = 0; i < expected.size(); i++) {
      Issue mine = embedded.space().issue(embedded.positionOf(expected.get(i)).orElseThrow());
      Issue theirs = domain.space().issue(i);
      List<String> a = labels(mine);
      List<String> b = labels(theirs);
      if (!new LinkedHashSet<>(a).equals(new LinkedHashSet<>(b))) {
        throw json.fail(
            JsonSource.join(JsonSource.join(path, "issuesValues"), expected.get(i)),
            "the profile's domain gives values " + a + " but " + domain.file() + " gives " + b);
      }
    }
  }

  private static List<String> labels(Issue issue) {
    List<String> labels = new ArrayList<>();
    for (int v = 0; v < issue.size(); v++) {
      labels.add(issue.labelAt(v));
    }
    return labels;
  }

  private static void checkIssueKeys(
      JsonSource json, ObjectNode map, String path, GeniusWebDomain domain) {
    var names = map.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (domain.positionOf(name).isEmpty()) {
        throw json.fail(
            JsonSource.join(path, name),
            "issue '"
                + name
                + "' is not in the domain "
                + domain.file()
                + "; its issues are "
                + domain.issues().stream().map(IssueInfo::name).toList());
      }
    }
    for (IssueInfo info : domain.issues()) {
      if (!map.has(info.name())) {
        throw json.fail(path, "missing issue '" + info.name() + "'; expected every domain issue");
      }
    }
  }

  private static List<Double> weights(
      JsonSource json, ObjectNode space, String path, GeniusWebDomain domain) {
    String weightsPath = JsonSource.join(path, "issueWeights");
    ObjectNode map =
        json.object(
            json.require(space, path, "issueWeights", "a map of issue to weight"),
            weightsPath,
            "a map of issue to weight");
    checkIssueKeys(json, map, weightsPath, domain);
    List<Double> weights = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (IssueInfo info : domain.issues()) {
      String at = JsonSource.join(weightsPath, info.name());
      BigDecimal w = json.decimal(map.get(info.name()), at, "a weight (a number >= 0)");
      if (w.signum() < 0) {
        throw json.fail(at, "weight " + w.toPlainString() + " is negative; expected a number >= 0");
      }
      sum = sum.add(w);
      weights.add(w.doubleValue());
    }
    if (sum.compareTo(BigDecimal.ONE) != 0) {
      throw json.fail(
          weightsPath, "weights sum to " + sum.toPlainString() + "; GeniusWeb requires exactly 1");
    }
    return weights;
  }

  private static BigDecimal[] issueUtilities(
      JsonSource json, JsonNode node, String path, IssueInfo info, DiscreteIssue issue) {
    ObjectNode wrapper = json.object(node, path, "{\"DiscreteValueSetUtilities\": ..}");
    if (wrapper.size() != 1) {
      throw json.fail(path, "expected one value-set utilities object, got " + wrapper.size());
    }
    String kind = wrapper.fieldNames().next();
    String at = JsonSource.join(path, kind);
    if (DISCRETE_KEYS.contains(kind)) {
      if (info.range().isPresent()) {
        throw json.fail(at, "discrete utilities for number range issue '" + info.name() + "'");
      }
      return discreteUtilities(json, wrapper.get(kind), at, issue);
    }
    if (NUMBER_KEYS.contains(kind)) {
      if (info.range().isEmpty()) {
        throw json.fail(at, "number utilities for discrete issue '" + info.name() + "'");
      }
      return numberUtilities(json, wrapper.get(kind), at, info.range().get());
    }
    throw json.fail(
        at,
        "unknown value-set utilities '"
            + kind
            + "'; expected DiscreteValueSetUtilities (or discreteutils) or NumberValueSetUtilities"
            + " (or numberutils)");
  }

  private static BigDecimal[] discreteUtilities(
      JsonSource json, JsonNode node, String path, DiscreteIssue issue) {
    ObjectNode object = json.object(node, path, "{\"valueUtilities\": {..}}");
    json.allowOnly(object, path, Set.of("valueUtilities"));
    String at = JsonSource.join(path, "valueUtilities");
    ObjectNode map =
        json.object(
            json.require(object, path, "valueUtilities", "a map of value to utility"),
            at,
            "a map of value to utility");
    BigDecimal[] scores = new BigDecimal[issue.size()];
    var fields = map.fields();
    while (fields.hasNext()) {
      var entry = fields.next();
      String valuePath = JsonSource.join(at, entry.getKey());
      int index = issue.indexOf(entry.getKey());
      if (index < 0) {
        throw json.fail(
            valuePath,
            "value \""
                + entry.getKey()
                + "\" is not a value of issue '"
                + issue.name()
                + "' in the domain; expected one of "
                + issue.labels());
      }
      scores[index] = unitInterval(json, entry.getValue(), valuePath);
    }
    for (int v = 0; v < scores.length; v++) {
      if (scores[v] == null) {
        throw json.fail(
            at,
            "no utility for value \""
                + issue.labelAt(v)
                + "\" of issue '"
                + issue.name()
                + "'; GeniusWeb expects exactly the domain's values");
      }
    }
    return scores;
  }

  /**
   * geniusweb-python {@code NumberValueSetUtilities.getUtility}: {@code lowU + ΔU·(x − lowV)/ΔV},
   * quantized to 8 decimals (half up); the low and high values must be the range's.
   */
  private static BigDecimal[] numberUtilities(
      JsonSource json, JsonNode node, String path, NumberRange range) {
    ObjectNode object = json.object(node, path, "{lowValue, lowUtility, highValue, highUtility}");
    json.allowOnly(object, path, NUMBER_UTILITY_KEYS);
    BigDecimal lowValue =
        json.decimal(
            json.require(object, path, "lowValue", "a number"),
            JsonSource.join(path, "lowValue"),
            "a number");
    BigDecimal highValue =
        json.decimal(
            json.require(object, path, "highValue", "a number"),
            JsonSource.join(path, "highValue"),
            "a number");
    BigDecimal lowUtility =
        unitInterval(
            json,
            json.require(object, path, "lowUtility", "a utility in [0, 1]"),
            JsonSource.join(path, "lowUtility"));
    BigDecimal highUtility =
        unitInterval(
            json,
            json.require(object, path, "highUtility", "a utility in [0, 1]"),
            JsonSource.join(path, "highUtility"));
    if (highValue.compareTo(lowValue) <= 0) {
      throw json.fail(path, "highValue " + highValue + " <= lowValue " + lowValue);
    }
    if (lowValue.compareTo(range.low()) != 0 || highValue.compareTo(range.high()) != 0) {
      throw json.fail(
          path,
          "utilities are given from "
              + lowValue
              + " to "
              + highValue
              + " but the range runs from "
              + range.low()
              + " to "
              + range.high()
              + "; GeniusWeb expects the range's ends");
    }
    BigDecimal deltaU = highUtility.subtract(lowUtility, PYTHON_DECIMAL);
    BigDecimal deltaV = highValue.subtract(lowValue, PYTHON_DECIMAL);
    BigDecimal[] scores = new BigDecimal[range.grid().size()];
    for (int k = 0; k < scores.length; k++) {
      BigDecimal x = range.grid().get(k);
      BigDecimal part =
          deltaU
              .multiply(x.subtract(lowValue, PYTHON_DECIMAL), PYTHON_DECIMAL)
              .divide(deltaV, PYTHON_DECIMAL);
      scores[k] = lowUtility.add(part, PYTHON_DECIMAL).setScale(8, RoundingMode.HALF_UP);
    }
    return scores;
  }

  private static BigDecimal unitInterval(JsonSource json, JsonNode node, String path) {
    BigDecimal value = json.decimal(node, path, "a utility in [0, 1]");
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw json.fail(path, "utility " + value.toPlainString() + " outside [0, 1]");
    }
    return value;
  }

  private static Outcome bid(JsonSource json, JsonNode node, String path, GeniusWebDomain domain) {
    ObjectNode object = json.object(node, path, "{\"issuevalues\": {..}}");
    json.allowOnly(object, path, Set.of("issuevalues"));
    String at = JsonSource.join(path, "issuevalues");
    ObjectNode values =
        json.object(
            json.require(object, path, "issuevalues", "the bid's values"),
            at,
            "a map of issue to value");
    checkIssueKeys(json, values, at, domain);
    int[] indices = new int[domain.issues().size()];
    for (int i = 0; i < indices.length; i++) {
      IssueInfo info = domain.issues().get(i);
      JsonNode value = values.get(info.name());
      String valuePath = JsonSource.join(at, info.name());
      Issue issue = domain.space().issue(i);
      String label =
          info.range().isPresent()
              ? label(json.decimal(value, valuePath, "a number of the range"))
              : json.text(value, valuePath, "a value (text)");
      indices[i] = issue.indexOf(label);
      if (indices[i] < 0) {
        throw json.fail(
            valuePath,
            "value " + JsonSource.kind(value) + " is not a value of issue '" + info.name() + "'");
      }
    }
    return new Outcome(indices);
  }

  /** GeniusWeb's exact decimal utility {@code Σ w_i · u_i(v_i)} of {@code bid}. */
  private static BigDecimal exactUtility(
      ObjectNode space, GeniusWebDomain domain, List<BigDecimal[]> scores, Outcome bid) {
    ObjectNode weights = (ObjectNode) space.get("issueWeights");
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < scores.size(); i++) {
      BigDecimal w = weights.get(domain.issues().get(i).name()).decimalValue();
      sum = sum.add(w.multiply(scores.get(i)[bid.valueIndex(i)]));
    }
    return sum;
  }

  /** Whether {@code root} looks like a GeniusWeb domain: an object with {@code issuesValues}. */
  static boolean isDomain(JsonNode root) {
    return root.isObject() && root.has("issuesValues");
  }
}
