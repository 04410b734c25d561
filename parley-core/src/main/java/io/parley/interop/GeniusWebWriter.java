package io.parley.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.CappedAdditiveUtility;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.UtilityFunction;
import io.parley.preference.ValueFunction;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.RunSection;
import io.parley.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a scenario as a GeniusWeb domain file and one {@code LinearAdditiveUtilitySpace} profile
 * per party into a directory.
 *
 * <p>Every issue is written as a discrete value set (integer issues labelled by their numbers), so
 * each value's utility is written exactly. GeniusWeb requires weights whose decimals sum to exactly
 * 1: when the weights' shortest decimals do not, the largest weight absorbs the difference (at most
 * {@link LinearAdditiveUtility#WEIGHT_SUM_TOLERANCE}) and a note says so. A reservation value is
 * kept as the profile's {@code reservationBid} from a GeniusWeb import, else — as is the discount
 * factor, which GeniusWeb lacks — in a {@link ProfileExtras} sidecar that GeniusWeb ignores and
 * Parley reads back. Non-linear utilities, capped utilities whose cap binds, and red lines cannot
 * be expressed and are refused with a {@link ConversionException}.
 */
public final class GeniusWebWriter {
  /** How far into the gap to the neighbouring double a weight may move: just under half. */
  private static final BigDecimal NEARLY_HALF = new BigDecimal("0.499");

  private static final JsonNodeFactory NODES = new JsonNodeFactory(true);
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  /** The two spellings of GeniusWeb's value-set utilities. */
  public enum Dialect {
    /** {@code discreteutils}: GeniusWeb 1.x files, negmas, ANAC 2020/21. */
    DISCRETEUTILS("discreteutils"),
    /** {@code DiscreteValueSetUtilities}: ANL 2022 files, geniusweb-python 1.2.1. */
    VALUE_SET_UTILITIES("DiscreteValueSetUtilities");

    private final String key;

    Dialect(String key) {
      this.key = key;
    }

    /** The JSON key of discrete value-set utilities in this dialect. */
    public String key() {
      return key;
    }
  }

  private GeniusWebWriter() {}

  /** {@link #write(ImportedScenario, Path, Dialect)} in the newer dialect. */
  public static List<String> write(ImportedScenario imported, Path directory) {
    return write(imported, directory, Dialect.VALUE_SET_UTILITIES);
  }

  /**
   * Writes {@code imported} into {@code directory} (created if needed): {@code <domain>.json} and
   * {@code <party>.json} per party.
   *
   * @return notes on what the files cannot carry or carry only approximately
   * @throws ConversionException if some party's preferences cannot be expressed in GeniusWeb
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<String> write(ImportedScenario imported, Path directory, Dialect dialect) {
    Scenario scenario = imported.scenario();
    OutcomeSpace space = scenario.space();
    List<String> notes = new ArrayList<>();
    if (!scenario.run().equals(RunSection.NONE)) {
      notes.add(
          "the run section (protocol, deadline, sessions, strategies) has no place in GeniusWeb files; dropped");
    }
    for (Party party : scenario.parties()) {
      if (party.role() != Role.PARTY) {
        notes.add(
            party.id() + ": a " + party.role().fileName() + " has no GeniusWeb profile; left out");
      }
    }
    List<String> names = issueNames(space);
    for (int i = 0; i < space.issueCount(); i++) {
      if (space.issue(i) instanceof IntegerIssue) {
        notes.add(
            "issue '"
                + space.issue(i).id()
                + "' is written as a discrete value set of its numbers");
      }
    }
    String domainName = simpleName(scenario.name(), "domain");
    ObjectNode domain = domain(domainName, space, names);
    Map<String, ProfileExtras> extras = new LinkedHashMap<>();
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(domainName + ".json"), render(domain));
      for (var entry : scenario.preferences().entrySet()) {
        String party = entry.getKey();
        ObjectNode profile =
            profile(
                party,
                entry.getValue(),
                imported.profile(party),
                domain,
                names,
                space,
                dialect,
                notes);
        Files.writeString(directory.resolve(party + ".json"), render(profile));
        Preferences preferences = entry.getValue();
        boolean bid = imported.profile(party).flatMap(ImportedProfile::reservationBid).isPresent();
        extras.put(
            party,
            new ProfileExtras(
                bid ? Optional.empty() : Optional.of(preferences.reservation()),
                preferences.discount() == 1
                    ? Optional.empty()
                    : Optional.of(preferences.discount())));
      }
      Files.writeString(
          directory.resolve(ProfileExtras.FILE_NAME), render(ProfileExtras.toJson(extras)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write into " + directory, e);
    }
    return notes;
  }

  /** The issue names: the display names when they are distinct, else the ids. */
  private static List<String> issueNames(OutcomeSpace space) {
    List<String> names = new ArrayList<>();
    for (Issue issue : space.issues()) {
      names.add(issue.name());
    }
    if (new HashSet<>(names).size() == names.size()) {
      return names;
    }
    return space.issues().stream().map(Issue::id).toList();
  }

  /** A name of letters and digits only, as GeniusWeb asks of profile names. */
  private static String simpleName(String name, String fallback) {
    String simple = name.replaceAll("[^A-Za-z0-9]", "");
    return simple.isEmpty() ? fallback : simple;
  }

  private static ObjectNode domain(String name, OutcomeSpace space, List<String> names) {
    ObjectNode domain = NODES.objectNode();
    domain.put("name", name);
    ObjectNode issues = domain.putObject("issuesValues");
    for (int i = 0; i < space.issueCount(); i++) {
      ArrayNode values = issues.putObject(names.get(i)).putArray("values");
      Issue issue = space.issue(i);
      for (int v = 0; v < issue.size(); v++) {
        values.add(issue.labelAt(v));
      }
    }
    return domain;
  }

  private static ObjectNode profile(
      String party,
      Preferences preferences,
      Optional<ImportedProfile> imported,
      ObjectNode domain,
      List<String> names,
      OutcomeSpace space,
      Dialect dialect,
      List<String> notes) {
    if (!preferences.redLines().isEmpty()) {
      throw ConversionException.redLines(party, "GeniusWeb", preferences.redLines(), space);
    }
    UtilityFunction utility = preferences.utility();
    List<Double> weights;
    List<ValueFunction> functions;
    if (utility instanceof LinearAdditiveUtility linear) {
      weights = linear.weights();
      functions = linear.valueFunctions();
    } else if (utility instanceof CappedAdditiveUtility capped) {
      if (!Numbers.capNegligible(capped)
          || Math.abs(capped.weightSum() - 1) > LinearAdditiveUtility.WEIGHT_SUM_TOLERANCE) {
        throw new ConversionException(
            "cannot write the preferences of '"
                + party
                + "' as GeniusWeb: the weights sum to "
                + capped.weightSum()
                + (capped.capBinds() ? " and the GENIUS cap min(1, ..) binds" : "")
                + ", while GeniusWeb needs weights summing to exactly 1 with no cap;"
                + " rescaling would change utilities. Convert to genius instead");
      }
      if (capped.capBinds()) {
        notes.add(ScenarioWriter.capNote(party, capped));
      }
      weights = capped.weights();
      functions = capped.valueFunctions();
    } else {
      throw new ConversionException(
          "cannot write the preferences of '"
              + party
              + "' as GeniusWeb: its utility is non-linear (GENIUS hyper-rectangles), which a"
              + " LinearAdditiveUtilitySpace cannot express. Convert to genius instead");
    }
    BigDecimal[] decimals = decimalWeights(party, weights, notes);
    ObjectNode root = NODES.objectNode();
    ObjectNode body = root.putObject("LinearAdditiveUtilitySpace");
    ObjectNode utilities = body.putObject("issueUtilities");
    ObjectNode weightNode = body.putObject("issueWeights");
    for (int i = 0; i < space.issueCount(); i++) {
      Issue issue = space.issue(i);
      double[] scores = functions.get(i).scores(issue);
      ObjectNode table =
          utilities.putObject(names.get(i)).putObject(dialect.key()).putObject("valueUtilities");
      for (int v = 0; v < scores.length; v++) {
        table.put(issue.labelAt(v), Numbers.exact(scores[v]));
      }
      weightNode.put(names.get(i), decimals[i]);
    }
    body.set("domain", domain);
    body.put("name", simpleName(party, "profile"));
    Optional<Outcome> bid = imported.flatMap(ImportedProfile::reservationBid);
    if (bid.isPresent()) {
      ObjectNode values = body.putObject("reservationBid").putObject("issuevalues");
      for (int i = 0; i < space.issueCount(); i++) {
        values.put(names.get(i), space.issue(i).labelAt(bid.get().valueIndex(i)));
      }
    } else if (preferences.reservation() != 0) {
      notes.add(
          party
              + ": reservation value "
              + preferences.reservation()
              + " kept in "
              + ProfileExtras.FILE_NAME
              + " (GeniusWeb expresses a reservation only as a reservation bid, and ignores the"
              + " file)");
    }
    if (preferences.discount() != 1) {
      notes.add(
          party
              + ": discount factor "
              + preferences.discount()
              + " kept in "
              + ProfileExtras.FILE_NAME
              + " (GeniusWeb profiles have none, and GeniusWeb ignores the file)");
    }
    if (imported.flatMap(ImportedProfile::uncertainty).isPresent()) {
      notes.add(party + ": GENIUS elicitation settings (type UNCERTAIN) dropped");
    }
    return root;
  }

  /**
   * Decimal weights summing to exactly 1 that read back as the given doubles when possible: the
   * shortest decimals if they sum to 1; else each weight's exact binary value moved by less than
   * half the gap to its neighbouring double (so it still reads back as the same double) to absorb
   * the difference; else — the doubles themselves are too far from summing to 1 — the largest
   * weight absorbs the difference and a note says so.
   */
  private static BigDecimal[] decimalWeights(
      String party, List<Double> weights, List<String> notes) {
    int n = weights.size();
    BigDecimal[] shortest = new BigDecimal[n];
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      shortest[i] = Numbers.exact(weights.get(i));
      sum = sum.add(shortest[i]);
    }
    if (sum.compareTo(BigDecimal.ONE) == 0) {
      return shortest;
    }
    BigDecimal[] exact = new BigDecimal[n];
    BigDecimal remaining = BigDecimal.ONE;
    for (int i = 0; i < n; i++) {
      exact[i] = new BigDecimal(weights.get(i));
      remaining = remaining.subtract(exact[i]);
    }
    for (int i = 0; i < n && remaining.signum() != 0; i++) {
      if (weights.get(i) == 0) {
        continue;
      }
      double w = weights.get(i);
      double neighbour = remaining.signum() > 0 ? Math.nextUp(w) : Math.nextDown(w);
      BigDecimal room = new BigDecimal(neighbour).subtract(exact[i]).abs().multiply(NEARLY_HALF);
      BigDecimal take = remaining.abs().min(room).multiply(BigDecimal.valueOf(remaining.signum()));
      exact[i] = exact[i].add(take);
      remaining = remaining.subtract(take);
    }
    boolean same = remaining.signum() == 0;
    for (int i = 0; i < n && same; i++) {
      same = Double.parseDouble(exact[i].toPlainString()) == weights.get(i);
    }
    if (same) {
      return exact;
    }
    int largest = 0;
    for (int i = 1; i < n; i++) {
      if (weights.get(i) > weights.get(largest)) {
        largest = i;
      }
    }
    BigDecimal difference = BigDecimal.ONE.subtract(sum);
    shortest[largest] = shortest[largest].add(difference);
    notes.add(
        party
            + ": weights sum to "
            + sum.toPlainString()
            + "; GeniusWeb requires exactly 1, so"
            + " the largest weight is written "
            + difference.toPlainString()
            + " higher");
    return shortest;
  }

  private static String render(ObjectNode node) throws JsonProcessingException {
    return JSON.writeValueAsString(node) + System.lineSeparator();
  }
}
