package io.parley.live.suggest;

import io.parley.live.consent.Consent;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Preferences as a party states them when it confides or previews them: typed, in the form it wrote
 * them, but not yet checked against the negotiation's issues ({@link ConfidedPreferences} does
 * that). Numbers are decimals as read, so that a message can quote them and an integer can be told
 * from a number written with a fraction: {@code 5.0} has a fraction digit, {@code 5} none.
 *
 * @param weights issue id to weight, in the order written
 * @param scores issue id to its value function as written, when the statement has scores: for a
 *     discrete issue, value label to score; for a range issue, {@code from} and {@code to} (the
 *     scores at its ends) and, for a triangular function, {@code peak} and {@code peak_score}
 * @param reservation the utility below which the party would rather have no agreement
 * @param redLines the outcomes the party refuses, in the order written (empty when none)
 * @param consent what the confiding lets the mediators see, when stated
 * @param shareReservation whether it lets the chart draw the reservation, when stated
 */
public record PreferenceStatement(
    Map<String, BigDecimal> weights,
    Optional<Map<String, Map<String, BigDecimal>>> scores,
    Optional<BigDecimal> reservation,
    List<StatedRedLine> redLines,
    Optional<Consent> consent,
    Optional<Boolean> shareReservation) {
  public PreferenceStatement {
    weights = ordered(weights);
    scores = scores.map(PreferenceStatement::orderedFunctions);
    Objects.requireNonNull(reservation, "reservation");
    redLines = List.copyOf(redLines);
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(shareReservation, "shareReservation");
  }

  /**
   * A red line as written: exactly one of {@code forbid}, {@code require} or {@code if} with {@code
   * then} should be present ({@link ConfidedPreferences} refuses any other mix).
   *
   * @param forbid the outcomes refused
   * @param require the outcomes one of which must hold
   * @param when the condition of a linkage ({@code if})
   * @param then what must hold when {@code when} does
   * @param label the party's name for the red line, when given
   */
  public record StatedRedLine(
      Optional<Map<String, StatedValues>> forbid,
      Optional<Map<String, StatedValues>> require,
      Optional<Map<String, StatedValues>> when,
      Optional<Map<String, StatedValues>> then,
      Optional<String> label) {
    public StatedRedLine {
      forbid = forbid.map(PreferenceStatement::ordered);
      require = require.map(PreferenceStatement::ordered);
      when = when.map(PreferenceStatement::ordered);
      then = then.map(PreferenceStatement::ordered);
      Objects.requireNonNull(label, "label");
    }
  }

  /** The values a condition allows of one issue. */
  public sealed interface StatedValues permits StatedValues.Listed, StatedValues.Bounds {
    /** Values named one by one: labels, or a range issue's values as written. */
    record Listed(List<String> values) implements StatedValues {
      public Listed {
        values = List.copyOf(values);
      }
    }

    /** A range issue's values from {@code min} to {@code max} (its own ends when absent). */
    record Bounds(Optional<BigDecimal> min, Optional<BigDecimal> max) implements StatedValues {
      public Bounds {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
      }
    }
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  private static Map<String, Map<String, BigDecimal>> orderedFunctions(
      Map<String, Map<String, BigDecimal>> functions) {
    Map<String, Map<String, BigDecimal>> copy = new LinkedHashMap<>();
    functions.forEach((issue, function) -> copy.put(issue, ordered(function)));
    return Collections.unmodifiableMap(copy);
  }
}
