package io.parley.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a GeniusWeb profile cannot say — a reservation value without a reservation bid, a discount
 * factor — kept by {@link GeniusWebWriter} in a sidecar file {@value #FILE_NAME} beside the
 * profiles, which GeniusWeb ignores and {@link ScenarioSource} reads back from a directory:
 *
 * <pre>{"ParleyProfileExtras": {"buyer": {"reservationValue": 0.3, "discountFactor": 0.9}}}</pre>
 *
 * keyed by the profile's file name without {@code .json}.
 *
 * @param reservationValue the reservation value, in [0, 1], if the file gives one
 * @param discountFactor the discount factor, in (0, 1], if the file gives one
 */
public record ProfileExtras(Optional<Double> reservationValue, Optional<Double> discountFactor) {
  /** The sidecar's file name. */
  public static final String FILE_NAME = "parley-extras.json";

  private static final String ROOT = "ParleyProfileExtras";

  /** Whether {@code root}, a parsed JSON file, is a sidecar. */
  static boolean isExtras(JsonNode root) {
    return root.isObject() && root.size() == 1 && root.has(ROOT);
  }

  /** The sidecar's JSON for {@code extras} by profile file stem. */
  static ObjectNode toJson(Map<String, ProfileExtras> extras) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode profiles = root.putObject(ROOT);
    extras.forEach(
        (stem, e) -> {
          ObjectNode node = profiles.putObject(stem);
          e.reservationValue().ifPresent(r -> node.put("reservationValue", r));
          e.discountFactor().ifPresent(d -> node.put("discountFactor", d));
        });
    return root;
  }

  /**
   * Reads the sidecar {@code file}.
   *
   * @throws io.parley.scenario.ScenarioException naming the key path when it is malformed or a
   *     value is out of range
   */
  static Map<String, ProfileExtras> read(Path file) {
    JsonSource json = JsonSource.parse(file);
    ObjectNode root = json.object(json.root(), "", "{\"" + ROOT + "\": {..}}");
    json.allowOnly(root, "", Set.of(ROOT));
    ObjectNode profiles = json.object(root.get(ROOT), ROOT, "a map of profile to extras");
    Map<String, ProfileExtras> extras = new LinkedHashMap<>();
    var names = profiles.fieldNames();
    while (names.hasNext()) {
      String stem = names.next();
      String path = JsonSource.join(ROOT, stem);
      ObjectNode node = json.object(profiles.get(stem), path, "an object");
      json.allowOnly(node, path, Set.of("reservationValue", "discountFactor"));
      Optional<Double> reservation = number(json, node, path, "reservationValue");
      Optional<Double> discount = number(json, node, path, "discountFactor");
      if (reservation.isPresent() && !(reservation.get() >= 0 && reservation.get() <= 1)) {
        throw json.fail(
            JsonSource.join(path, "reservationValue"),
            "reservation value " + reservation.get() + " outside [0, 1]");
      }
      if (discount.isPresent() && !(discount.get() > 0 && discount.get() <= 1)) {
        throw json.fail(
            JsonSource.join(path, "discountFactor"),
            "discount factor " + discount.get() + " outside (0, 1]");
      }
      extras.put(stem, new ProfileExtras(reservation, discount));
    }
    return extras;
  }

  private static Optional<Double> number(
      JsonSource json, ObjectNode node, String path, String key) {
    JsonNode value = node.get(key);
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(json.decimal(value, JsonSource.join(path, key), "a number").doubleValue());
  }
}
