package io.parley.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.interop.GeniusWebDomain.IssueInfo;
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

  private static final Set<String> PROFILE_KEYS =
      Set.of("issueUtilities", "issueWeights", "domain", "name", "reservationBid");

  private GeniusWebReader() {}

  /**
   * Reads a domain file {@code {"name": .., "issuesValues": {..}}}.
   *
   * @throws ScenarioException if the file is not a well-formed GeniusWeb domain
   */
  public static GeniusWebDomain readDomain(Path file) {
    JsonSource json = JsonSource.parse(file);
    return GeniusWebDomainReader.domain(json, json.root(), "");
  }

  /**
   * Reads the profile {@code file} of party {@code partyId} over {@code domain}; the domain the
   * profile embeds must be the same.
   *
   * @throws ScenarioException if the file is malformed, its domain differs, or its weights or
   *     utilities break GeniusWeb's rules
   */
  public static ImportedProfile readProfile(Path file, GeniusWebDomain domain, String partyId) {
    return readProfile(file, domain, partyId, ImportOptions.DEFAULTS);
  }

  /**
   * {@link #readProfile(Path, GeniusWebDomain, String)}; a profile without a {@code reservationBid}
   * is a warning (reservation 0 assumed), or an error when {@code options} are strict.
   */
  public static ImportedProfile readProfile(
      Path file, GeniusWebDomain domain, String partyId, ImportOptions options) {
    return readProfile(file, domain, partyId, options, Optional.empty());
  }

  /**
   * {@link #readProfile(Path, GeniusWebDomain, String, ImportOptions)} with what a {@link
   * ProfileExtras} sidecar says of the profile: its reservation value (when the profile has no
   * {@code reservationBid}) and its discount factor.
   */
  public static ImportedProfile readProfile(
      Path file,
      GeniusWebDomain domain,
      String partyId,
      ImportOptions options,
      Optional<ProfileExtras> extras) {
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
    Warnings warnings = new Warnings(options.strict());
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
        GeniusWebDomainReader.domain(
            json, json.require(space, path, "domain", "the profile's domain"), domainPath);
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
          GeniusWebValueUtilities.of(
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
    } else if (extras.flatMap(ProfileExtras::reservationValue).isPresent()) {
      reservation = extras.flatMap(ProfileExtras::reservationValue).get();
    } else {
      warnings.warn(
          "no reservationBid; assumed reservation value 0, GeniusWeb's default (any agreement"
              + " beats none)",
          message -> json.fail(path, message));
    }
    String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return new ImportedProfile(
        partyId,
        name.isBlank() ? stem : name,
        Optional.of(file.toString()),
        ProfileKind.GENIUSWEB_LINEAR_ADDITIVE,
        new Preferences(
            utility,
            reservation,
            List.of(),
            extras.flatMap(ProfileExtras::discountFactor).orElse(1.0)),
        reservationBid,
        Optional.empty(),
        Optional.empty(),
        notes,
        warnings.list());
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
              ? GeniusWebDomainReader.label(json.decimal(value, valuePath, "a number of the range"))
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
}
