package io.parley.live.suggest;

import io.parley.live.LiveException;
import io.parley.live.consent.Confiding;
import io.parley.live.consent.Consent;
import io.parley.live.suggest.PreferenceStatement.StatedRedLine;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.TriangularValueFunction;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Preferences a party confides through the API, checked against the negotiation's issues and built
 * in Parley's preference model ({@link LinearAdditiveUtility}, {@link ValueTable}, {@link
 * LinearValueFunction}, {@link TriangularValueFunction}, {@link RedLine}) from the typed {@link
 * PreferenceStatement} the edge read. The rules are the scenario format's for a party's
 * preferences: every issue has a weight of at least 0 and the weights sum to 1 (within {@link
 * LinearAdditiveUtility#WEIGHT_SUM_TOLERANCE}); an issue with a positive weight has a value
 * function, whose scores lie in [0, 1] and which scores every value of a discrete issue; the
 * reservation lies in [0, 1]; a red line has exactly one of {@code forbid}, {@code require} or
 * {@code if} with {@code then}, over known issues and values. A confiding has no discount.
 *
 * <p>{@code consent} ({@code suggestions}, the default, {@code utilities} or {@code full}) is what
 * the confiding lets the mediators see ({@link Consent}); {@code shareReservation} (default false)
 * lets the chart draw the reservation under {@code utilities} ({@link
 * io.parley.live.consent.MediatorBasis}).
 */
public final class ConfidedPreferences {
  /** The longest label of a confided red line, in characters. */
  public static final int MAX_LABEL = 1_000;

  /** The most red lines a party may confide. */
  public static final int MAX_RED_LINES = 100;

  private static final List<String> LINEAR_KEYS = List.of("from", "to");
  private static final List<String> TRIANGULAR_KEYS = List.of("from", "peak", "peak_score", "to");

  private ConfidedPreferences() {}

  /**
   * The typed confiding {@code statement} makes over the issues of {@code space}: its preferences,
   * consent and reservation sharing, checked once.
   *
   * @param body the statement's text as the party sent it (without its {@code clientId}), kept as
   *     the confiding's record ({@link Confiding#body})
   * @throws LiveException BAD_INPUT naming the field and the broken rule
   */
  public static Confiding confiding(
      OutcomeSpace space, PreferenceStatement statement, String body) {
    Preferences preferences = read(space, statement);
    return new Confiding(
        preferences, consent(statement), statement.shareReservation().orElse(false), body);
  }

  /**
   * The preferences {@code statement} states over the issues of {@code space}.
   *
   * @throws LiveException BAD_INPUT naming the field and the broken rule
   */
  public static Preferences read(OutcomeSpace space, PreferenceStatement statement) {
    consent(statement);
    checkLimits(statement.redLines());
    List<Double> weights = weights(space, statement.weights());
    Map<String, Map<String, BigDecimal>> scores = statement.scores().orElse(Map.of());
    for (String issueId : scores.keySet()) {
      if (space.positionOf(issueId).isEmpty()) {
        throw invalid("scores." + issueId, unknownIssue(issueId, space));
      }
    }
    List<ValueFunction> functions = new ArrayList<>();
    for (int i = 0; i < space.issueCount(); i++) {
      Issue issue = space.issue(i);
      Map<String, BigDecimal> function = scores.get(issue.id());
      if (function == null) {
        if (weights.get(i) > 0) {
          throw invalid(
              statement.scores().isPresent() ? "scores" : "",
              "missing value function for issue '"
                  + issue.id()
                  + "', which has weight "
                  + weights.get(i));
        }
        functions.add(zero(issue));
      } else {
        functions.add(function(issue, function, "scores." + issue.id()));
      }
    }
    double reservation =
        statement.reservation().map(r -> unit(r, "reservation", "reservation")).orElse(0.0);
    List<RedLine> redLines = new ArrayList<>();
    for (int i = 0; i < statement.redLines().size(); i++) {
      redLines.add(
          ConfidedRedLines.read(space, statement.redLines().get(i), "redLines[" + i + "]"));
    }
    LinearAdditiveUtility utility;
    try {
      utility = new LinearAdditiveUtility(space, weights, functions);
    } catch (IllegalArgumentException e) {
      throw invalid("", e.getMessage());
    }
    return new Preferences(utility, reservation, redLines, 1.0);
  }

  /**
   * What {@code statement} lets the mediators see ({@link Consent#stated}).
   *
   * @throws LiveException BAD_INPUT when its consent contradicts its {@code shareReservation}
   */
  public static Consent consent(PreferenceStatement statement) {
    try {
      return Consent.stated(
          statement.consent(),
          statement.shareReservation().orElse(false),
          statement.shareReservation().isPresent());
    } catch (IllegalArgumentException e) {
      throw LiveException.badInput(e.getMessage());
    }
  }

  /**
   * The refusal of a confiding's preferences: {@code invalid preferences at 'PATH': PROBLEM}.
   *
   * @param path the field, in the API's names ({@code scores.ceasefire.none}); {@code ""} for the
   *     preferences as a whole
   */
  public static LiveException invalid(String path, String problem) {
    return LiveException.badInput(
        "invalid preferences" + (path.isEmpty() ? "" : " at '" + path + "'") + ": " + problem);
  }

  private static void checkLimits(List<StatedRedLine> redLines) {
    if (redLines.size() > MAX_RED_LINES) {
      throw LiveException.badInput(
          "field 'redLines' has "
              + redLines.size()
              + " entries; at most "
              + MAX_RED_LINES
              + " red lines may be confided");
    }
    for (int i = 0; i < redLines.size(); i++) {
      Optional<String> label = redLines.get(i).label();
      if (label.isPresent() && label.get().length() > MAX_LABEL) {
        throw LiveException.badInput(
            "field 'redLines["
                + i
                + "].label' has "
                + label.get().length()
                + " characters; at most "
                + MAX_LABEL
                + " are allowed");
      }
    }
  }

  private static List<Double> weights(OutcomeSpace space, Map<String, BigDecimal> stated) {
    Double[] weights = new Double[space.issueCount()];
    double sum = 0;
    for (var entry : stated.entrySet()) {
      String path = "weights." + entry.getKey();
      int position =
          space
              .positionOf(entry.getKey())
              .orElseThrow(() -> invalid(path, unknownIssue(entry.getKey(), space)));
      double weight = finite(entry.getValue(), path, "a weight (a number >= 0)");
      if (weight < 0) {
        throw invalid(
            path, "weight " + written(entry.getValue()) + " is negative; expected a number >= 0");
      }
      weights[position] = weight;
      sum += weight;
    }
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] == null) {
        throw invalid(
            "weights",
            "missing weight for issue '"
                + space.issue(i).id()
                + "'; every issue needs a weight (0 is allowed)");
      }
    }
    if (Math.abs(sum - 1.0) > LinearAdditiveUtility.WEIGHT_SUM_TOLERANCE) {
      throw invalid(
          "weights",
          "weights sum to "
              + readable(sum)
              + "; expected 1 (within "
              + readable(LinearAdditiveUtility.WEIGHT_SUM_TOLERANCE)
              + ")");
    }
    return List.of(weights);
  }

  private static ValueFunction function(
      Issue issue, Map<String, BigDecimal> function, String path) {
    if (issue instanceof DiscreteIssue discrete) {
      Map<String, Double> table = new LinkedHashMap<>();
      for (var entry : function.entrySet()) {
        if (discrete.indexOf(entry.getKey()) < 0) {
          throw invalid(
              path + "." + entry.getKey(),
              "issue '"
                  + issue.id()
                  + "' has no value '"
                  + entry.getKey()
                  + "'; its values are "
                  + String.join(", ", discrete.labels()));
        }
        table.put(entry.getKey(), unit(entry.getValue(), path + "." + entry.getKey(), "score"));
      }
      for (String label : discrete.labels()) {
        if (!table.containsKey(label)) {
          throw invalid(
              path,
              "missing score for value '"
                  + label
                  + "' of issue '"
                  + issue.id()
                  + "'; every value needs a score in [0, 1]");
        }
      }
      return new ValueTable(table);
    }
    IntegerIssue range = (IntegerIssue) issue;
    boolean triangular = function.containsKey("peak");
    List<String> allowed = triangular ? TRIANGULAR_KEYS : LINEAR_KEYS;
    for (String key : function.keySet()) {
      if (!allowed.contains(key)) {
        throw invalid(
            path + "." + key,
            "unknown key '"
                + key
                + "' in "
                + (triangular ? "a triangular value function" : "a linear value function")
                + "; expected one of "
                + String.join(", ", allowed));
      }
    }
    double from =
        unit(
            required(function, "from", path, "the score at the range's min"),
            path + ".from",
            "score");
    double to =
        unit(required(function, "to", path, "the score at the range's max"), path + ".to", "score");
    if (!triangular) {
      return new LinearValueFunction(from, to);
    }
    long peak = integer(function.get("peak"), path + ".peak", "an integer peak");
    if (peak < range.min() || peak > range.last()) {
      throw invalid(
          path + ".peak",
          "peak "
              + peak
              + " outside the range ["
              + range.min()
              + ", "
              + range.last()
              + "] of issue '"
              + issue.id()
              + "'");
    }
    double peakScore =
        function.containsKey("peak_score")
            ? unit(function.get("peak_score"), path + ".peak_score", "score")
            : 1.0;
    return new TriangularValueFunction(from, peak, peakScore, to);
  }

  private static BigDecimal required(
      Map<String, BigDecimal> function, String key, String path, String expected) {
    BigDecimal value = function.get(key);
    if (value == null) {
      throw invalid(path, "missing key '" + key + "' (" + expected + ")");
    }
    return value;
  }

  /** The value function of an issue without weight: every value scores 0. */
  private static ValueFunction zero(Issue issue) {
    if (issue instanceof DiscreteIssue discrete) {
      Map<String, Double> table = new LinkedHashMap<>();
      discrete.labels().forEach(label -> table.put(label, 0.0));
      return new ValueTable(table);
    }
    return new LinearValueFunction(0, 0);
  }

  /** A number in [0, 1]. */
  private static double unit(BigDecimal value, String path, String what) {
    double number = finite(value, path, what + " (a number in [0, 1])");
    if (number < 0 || number > 1) {
      throw invalid(path, what + " " + written(value) + " outside [0, 1]");
    }
    return number;
  }

  private static double finite(BigDecimal value, String path, String expected) {
    double number = value.doubleValue();
    if (!Double.isFinite(number)) {
      throw invalid(
          path,
          "expected " + expected + ", got " + written(value) + ", which is not a finite decimal");
    }
    return number;
  }

  /** An integer, written without a fraction ({@code 5}, not {@code 5.0}), that fits a long. */
  static long integer(BigDecimal value, String path, String expected) {
    try {
      if (value.scale() <= 0) {
        return value.longValueExact();
      }
    } catch (ArithmeticException e) {
      // falls through to the refusal
    }
    throw invalid(path, "expected " + expected + ", got " + written(value));
  }

  /** A number as the party wrote it. */
  private static String written(BigDecimal value) {
    return value.toString().toLowerCase(Locale.ROOT);
  }

  /** A number as a person would write it: 0.9, not 0.8999999999999999; 1e-9, not 1.0E-9. */
  private static String readable(double value) {
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros();
    return Math.abs(value) < 1e-3 && value != 0
        ? rounded.toString().toLowerCase(Locale.ROOT)
        : rounded.toPlainString();
  }

  static String unknownIssue(String issueId, OutcomeSpace space) {
    return "unknown issue '"
        + issueId
        + "'; issues are "
        + String.join(", ", space.issues().stream().map(Issue::id).toList());
  }
}
