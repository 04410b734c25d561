package io.parley.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.interop.GeniusWebDomain.IssueInfo;
import io.parley.interop.GeniusWebDomain.NumberRange;
import io.parley.outcome.DiscreteIssue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Set;

/**
 * The value utilities of one issue of a GeniusWeb {@code LinearAdditiveUtilitySpace}, in either
 * dialect, as exact decimals per value (docs/interop.md §GeniusWeb).
 */
final class GeniusWebValueUtilities {
  /** Python's default decimal context, in which geniusweb-python computes number utilities. */
  private static final MathContext PYTHON_DECIMAL = new MathContext(28, RoundingMode.HALF_EVEN);

  private static final Set<String> DISCRETE_KEYS =
      Set.of("discreteutils", "DiscreteValueSetUtilities");
  private static final Set<String> NUMBER_KEYS = Set.of("numberutils", "NumberValueSetUtilities");
  private static final Set<String> NUMBER_UTILITY_KEYS =
      Set.of("lowValue", "lowUtility", "highValue", "highUtility");

  private GeniusWebValueUtilities() {}

  /** The utility of every value of {@code issue}, from the utilities object at {@code path}. */
  static BigDecimal[] of(
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
    for (var entry : map.properties()) {
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

  static BigDecimal unitInterval(JsonSource json, JsonNode node, String path) {
    BigDecimal value = json.decimal(node, path, "a utility in [0, 1]");
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw json.fail(path, "utility " + value.toPlainString() + " outside [0, 1]");
    }
    return value;
  }
}
