package io.parley.live.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.log.RequestFingerprint;
import io.parley.live.rules.Move;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint that tells a retried move from a different move reusing its client id: taken from
 * the typed request (move, path parameter) and the canonical text of its body, which the codec
 * writes. Checked against JSON equality as the oracle: two bodies get the same fingerprint exactly
 * when they are equal as JSON values (objects compared as unordered maps, numbers as written).
 */
class CanonicalBodyFingerprintTest {
  private static final List<String> KEYS =
      List.of("to", "note", "outcome", "weights", "scores", "version", "a", "b");

  @Test
  void theFingerprint_isPinned_soStoredFingerprintsStillMatchAfterAnUpgrade() {
    // SHA-256 of "RELEASE_TEXT\n1\n{\"to\":[\"israel\"]}", its first 16 hex digits.
    assertThat(fingerprint(Move.RELEASE_TEXT, Optional.of("1"), "{\"to\":[\"israel\"]}"))
        .isEqualTo("c5dea784186e785d")
        .isEqualTo(
            RequestFingerprint.of(Move.RELEASE_TEXT, Optional.of("1"), "{\"to\":[\"israel\"]}"));
  }

  @Test
  void keyOrder_atAnyDepth_andTheClientId_doNotMatter() {
    String a =
        fingerprint(
            Move.CONFIDE,
            Optional.empty(),
            "{\"clientId\":\"c1\",\"weights\":{\"x\":0.5,\"y\":0.5},"
                + "\"scores\":{\"x\":{\"p\":1,\"q\":0},\"y\":{\"from\":0,\"to\":1}}}");
    String b =
        fingerprint(
            Move.CONFIDE,
            Optional.empty(),
            "{\"scores\":{\"y\":{\"to\":1,\"from\":0},\"x\":{\"q\":0,\"p\":1}},"
                + "\"weights\":{\"y\":0.5,\"x\":0.5},\"clientId\":\"c2\"}");
    assertThat(b).isEqualTo(a);
  }

  @Test
  void theMove_thePathParameter_andArrayOrder_matter() {
    String body = "{\"to\":[\"israel\",\"hamas\"]}";
    String base = fingerprint(Move.RELEASE_TEXT, Optional.of("1"), body);
    assertThat(fingerprint(Move.RELEASE_TEXT, Optional.of("2"), body)).isNotEqualTo(base);
    assertThat(fingerprint(Move.RELEASE_MESSAGE, Optional.of("1"), body)).isNotEqualTo(base);
    assertThat(fingerprint(Move.RELEASE_TEXT, Optional.of("1"), "{\"to\":[\"hamas\",\"israel\"]}"))
        .isNotEqualTo(base);
    assertThat(fingerprint(Move.RELEASE_TEXT, Optional.empty(), body)).isNotEqualTo(base);
  }

  @Test
  void randomBodies_shareAFingerprint_exactlyWhenTheyAreEqualJson() {
    SplittableRandom random = new SplittableRandom(15);
    for (int i = 0; i < 2_000; i++) {
      ObjectNode body = object(random, 0);
      ObjectNode reordered = (ObjectNode) shuffled(body, random);
      ObjectNode changed = body.deepCopy();
      mutate(changed, random);
      String original = fingerprint(body);
      assertThat(fingerprint(reordered)).as(body + " vs " + reordered).isEqualTo(original);
      assertThat(fingerprint(changed).equals(original))
          .as(body + " vs " + changed)
          .isEqualTo(changed.equals(body));
    }
  }

  private static String fingerprint(Move move, Optional<String> parameter, String body) {
    return Requests.move(move, parameter, Json.parseObject(body)).fingerprint();
  }

  private static String fingerprint(ObjectNode body) {
    return Requests.move(Move.DRAFT_TEXT, Optional.empty(), body).fingerprint();
  }

  private static ObjectNode object(SplittableRandom random, int depth) {
    ObjectNode node = Json.object();
    int size = random.nextInt(depth == 0 ? 1 : 0, 4);
    for (int i = 0; i < size; i++) {
      node.set(KEYS.get(random.nextInt(KEYS.size())), value(random, depth + 1));
    }
    return node;
  }

  private static JsonNode value(SplittableRandom random, int depth) {
    int kind = random.nextInt(depth >= 3 ? 5 : 7);
    return switch (kind) {
      case 0 -> Json.MAPPER.getNodeFactory().textNode("v" + random.nextInt(3));
      case 1 -> Json.MAPPER.getNodeFactory().numberNode(random.nextInt(3));
      case 2 -> Json.MAPPER.getNodeFactory().numberNode(BigDecimal.valueOf(random.nextInt(3), 1));
      case 3 -> Json.MAPPER.getNodeFactory().booleanNode(random.nextBoolean());
      case 4 -> Json.MAPPER.getNodeFactory().nullNode();
      case 5 -> object(random, depth);
      default -> {
        ArrayNode array = Json.MAPPER.createArrayNode();
        int size = random.nextInt(3);
        for (int i = 0; i < size; i++) {
          array.add(value(random, depth + 1));
        }
        yield array;
      }
    };
  }

  /** The same JSON value with every object's keys in a random order. */
  private static JsonNode shuffled(JsonNode node, SplittableRandom random) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
      Collections.shuffle(fields, new java.util.Random(random.nextLong()));
      ObjectNode copy = Json.object();
      fields.forEach(f -> copy.set(f.getKey(), shuffled(f.getValue(), random)));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = Json.MAPPER.createArrayNode();
      node.forEach(item -> copy.add(shuffled(item, random)));
      return copy;
    }
    return node;
  }

  /** Changes one leaf or key of {@code node} (a random one), or adds a field. */
  private static void mutate(ObjectNode node, SplittableRandom random) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    if (names.isEmpty() || random.nextInt(5) == 0) {
      String key = "added" + random.nextInt(3);
      node.set(key, value(random, 3));
      return;
    }
    String name = names.get(random.nextInt(names.size()));
    JsonNode child = node.get(name);
    if (child instanceof ObjectNode inner && random.nextBoolean()) {
      mutate(inner, random);
      return;
    }
    if (random.nextInt(4) == 0) {
      node.remove(name);
      node.set(name + "x", child);
      return;
    }
    node.set(name, value(random, 3));
  }
}
