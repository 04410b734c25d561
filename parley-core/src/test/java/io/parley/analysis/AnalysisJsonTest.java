package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The JSON of {@code parley analyze --json}, written by {@link AnalysisJson} and {@link
 * DeadlockJson}, checked in the module that defines them: the README's Cairo analysis (an empty
 * zone, a deadlock with three relaxations) and the job offer (a zone, four solutions) against
 * golden files, and the branches neither example reaches (figures not computed, a relaxation whose
 * zone was not counted, extra fields, a deadlock without packages, a failing writer).
 *
 * <p>The golden files are the output of {@code parley analyze --json} on the two examples, without
 * the settlement's keys ({@code implementation}, {@code ratification}) that parley-cli adds through
 * {@link AnalysisJson.ExtraFields}. When the analysis changes on purpose, regenerate them the same
 * way; never edit a number by hand.
 */
class AnalysisJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Scenario CAIRO =
      ScenarioReader.read(Path.of("..", "examples", "cairo-2024.yaml"));
  private static final Scenario JOB_OFFER =
      ScenarioReader.read(Path.of("..", "examples", "job-offer.yaml"));

  private static String golden(String name) throws IOException {
    try (InputStream in = AnalysisJsonTest.class.getResourceAsStream(name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String json(Analysis analysis, Scenario scenario) {
    StringWriter out = new StringWriter();
    AnalysisJson.write(analysis, scenario.space(), out);
    return out.toString();
  }

  /** The text with the platform's line separator written as {@code \n}, as the golden files are. */
  private static String unix(String text) {
    return text.replace(System.lineSeparator(), "\n");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void cairo_matchesTheGoldenFile() throws IOException {
    String written = json(Analyzer.analyze(CAIRO), CAIRO);

    assertThat(unix(written)).isEqualTo(golden("cairo-2024.analysis.json"));
  }

  @Test
  void cairo_carriesTheReadmesFigures() throws IOException {
    JsonNode json = MAPPER.readTree(json(Analyzer.analyze(CAIRO), CAIRO));

    assertThat(json.get("scenario").asText()).isEqualTo("cairo-2024");
    assertThat(json.get("parties").toString()).isEqualTo("[\"israel\",\"hamas\"]");
    assertThat(json.get("reservations").toString()).isEqualTo("{\"israel\":0.6,\"hamas\":0.45}");
    assertThat(json.get("outcomes").isIntegralNumber()).isTrue();
    assertThat(json.get("outcomes").asInt()).isEqualTo(288);
    assertThat(json.get("feasible").asInt()).isEqualTo(36);
    assertThat(json.get("zopa").isIntegralNumber()).isTrue();
    assertThat(json.get("zopa").asInt()).isZero();
    assertThat(json.get("zopa_exact").asBoolean()).isTrue();
    assertThat(json.get("pareto").get("size").asInt()).isEqualTo(14);
    assertThat(json.get("pareto").get("points")).hasSize(14);
    JsonNode first = json.get("pareto").get("points").get(0);
    assertThat(first.get("utilities").toString()).isEqualTo("{\"israel\":0.55,\"hamas\":0.2}");
    assertThat(first.get("outcome").get("ceasefire").asText()).isEqualTo("none");
    for (SolutionConcept concept : SolutionConcept.values()) {
      assertThat(json.get(concept.key()).isNull()).as(concept.key()).isTrue();
    }
    assertThat(json.get("reservation_headroom").isNull()).isTrue();
    assertThat(json.get("notes")).isEmpty();

    JsonNode deadlock = json.get("deadlock");
    assertThat(fieldNames(deadlock))
        .containsExactly("summary", "conflicts", "relaxations", "complete");
    assertThat(deadlock.get("complete").asBoolean()).isTrue();
    assertThat(deadlock.get("conflicts")).hasSize(1);
    JsonNode reservation = deadlock.get("conflicts").get(0).get("constraints").get(1);
    assertThat(reservation.get("kind").asText()).isEqualTo("reservation");
    assertThat(reservation.get("value").asDouble()).isEqualTo(0.6);
    assertThat(reservation.has("index")).isFalse();
    JsonNode relaxations = deadlock.get("relaxations");
    assertThat(relaxations).hasSize(3);
    assertThat(relaxations.get(0).get("zopa").asInt()).isEqualTo(14);
    assertThat(relaxations.get(0).get("drop").get(0).get("kind").asText()).isEqualTo("red_line");
    assertThat(relaxations.get(0).get("drop").get(0).get("index").asInt()).isZero();
    assertThat(relaxations.get(0).get("drop").get(0).has("value")).isFalse();
    assertThat(relaxations.get(1).get("lower_reservations").toString())
        .isEqualTo("{\"israel\":0.41}");
    assertThat(relaxations.get(1).get("zopa").asInt()).isEqualTo(1);
    assertThat(relaxations.get(2).get("zopa").asInt()).isEqualTo(10);
    JsonNode nash = relaxations.get(1).get("packages").get("nash");
    assertThat(nash.get("utilities").toString()).isEqualTo("{\"israel\":0.41,\"hamas\":0.46}");
    assertThat(nash.get("outcome").get("leader-guarantees").asText()).isEqualTo("us-assurance");
    assertThat(fieldNames(relaxations.get(1).get("packages")))
        .containsExactly("nash", "kalai", "utilitarian", "egalitarian");
  }

  @Test
  void jobOffer_matchesTheGoldenFile() throws IOException {
    String written = json(Analyzer.analyze(JOB_OFFER), JOB_OFFER);

    assertThat(unix(written)).isEqualTo(golden("job-offer.analysis.json"));
  }

  @Test
  void jobOffer_writesEverySolutionAndTheHeadroom() throws IOException {
    Analysis analysis = Analyzer.analyze(JOB_OFFER);
    JsonNode json = MAPPER.readTree(json(analysis, JOB_OFFER));

    assertThat(json.get("deadlock").isNull()).isTrue();
    assertThat(json.get("zopa").asInt()).isEqualTo(analysis.zopa().orElseThrow().intValue());
    for (SolutionConcept concept : SolutionConcept.values()) {
      Solution solution = analysis.solution(concept).orElseThrow();
      JsonNode node = json.get(concept.key());
      assertThat(fieldNames(node)).containsExactly("outcome", "utilities", "value");
      assertThat(node.get("value").asDouble()).as(concept.key()).isEqualTo(solution.value());
      assertThat(node.get("utilities").get("candidate").asDouble())
          .isEqualTo(solution.utilities().get(0));
      assertThat(node.get("utilities").get("employer").asDouble())
          .isEqualTo(solution.utilities().get(1));
    }
    JsonNode headroom = json.get("reservation_headroom");
    assertThat(fieldNames(headroom)).containsExactly("candidate", "employer");
    assertThat(headroom.get("employer").asDouble())
        .isEqualTo(analysis.reservationHeadroom().get("employer"));
  }

  @Test
  void figuresNotComputed_areNullAndTheNotesSayWhy() throws IOException {
    Analysis cairo = Analyzer.analyze(CAIRO);
    Analysis uncounted =
        new Analysis(
            cairo.scenario(),
            cairo.parties(),
            cairo.reservations(),
            cairo.outcomes(),
            cairo.feasible(),
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            Optional.empty(),
            Map.of(),
            List.of("first note", "second note"));

    JsonNode json = MAPPER.readTree(json(uncounted, CAIRO));

    assertThat(json.has("zopa")).isTrue();
    assertThat(json.get("zopa").isNull()).isTrue();
    assertThat(json.get("zopa_exact").isBoolean()).isTrue();
    assertThat(json.get("zopa_exact").asBoolean()).isFalse();
    assertThat(json.has("pareto")).isTrue();
    assertThat(json.get("pareto").isNull()).isTrue();
    assertThat(json.get("deadlock").isNull()).isTrue();
    assertThat(json.get("notes").toString()).isEqualTo("[\"first note\",\"second note\"]");
  }

  @Test
  void extraFields_followTheNotesInsideTheObject() throws IOException {
    StringWriter out = new StringWriter();
    AnalysisJson.write(
        Analyzer.analyze(CAIRO),
        CAIRO.space(),
        out,
        g -> {
          g.writeStringField("extra", "here");
          g.writeNumberField("more", 2);
        });

    JsonNode json = MAPPER.readTree(out.toString());
    List<String> names = fieldNames(json);
    assertThat(names.subList(names.size() - 3, names.size()))
        .containsExactly("notes", "extra", "more");
    assertThat(json.get("extra").asText()).isEqualTo("here");
    assertThat(json.get("more").asInt()).isEqualTo(2);
  }

  @Test
  void write_flushesEverythingAndEndsWithALineSeparator_leavingTheWriterOpen() throws IOException {
    StringWriter target = new StringWriter();
    BufferedWriter out = new BufferedWriter(target, 1 << 16);

    AnalysisJson.write(Analyzer.analyze(CAIRO), CAIRO.space(), out);

    // Everything reached the target without the caller flushing, and the writer still works.
    assertThat(unix(target.toString())).isEqualTo(golden("cairo-2024.analysis.json"));
    out.write("after");
    out.flush();
    assertThat(target.toString()).endsWith("}" + System.lineSeparator() + "after");
  }

  @Test
  void aFailingWriter_surfacesAsUncheckedIoException() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> AnalysisJson.write(Analyzer.analyze(CAIRO), CAIRO.space(), broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }

  @Test
  void deadlockWithoutPackages_isTheAnalysisDeadlockWithoutThem() throws IOException {
    Deadlock deadlock = Analyzer.analyze(CAIRO).deadlock().orElseThrow();
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      DeadlockJson.write(g, deadlock, Optional.empty());
    }

    JsonNode written = MAPPER.readTree(out.toString());
    ObjectNode expected =
        (ObjectNode) MAPPER.readTree(golden("cairo-2024.analysis.json")).get("deadlock");
    for (Iterator<JsonNode> it = expected.get("relaxations").elements(); it.hasNext(); ) {
      ((ObjectNode) it.next()).remove("packages");
    }
    assertThat(written).isEqualTo(expected);
  }

  @Test
  void relaxationWithoutACount_writesANullZone_andAReservationItLowers() throws IOException {
    Constraint.Reservation reservation = new Constraint.Reservation("israel", 0.6);
    Relaxation uncounted =
        new Relaxation(
            List.of("lower israel's reservation"),
            List.of(),
            Map.of("israel", 0.41),
            "Lower israel's reservation",
            Optional.empty(),
            Map.of());
    Relaxation counted =
        new Relaxation(
            List.of(), List.of(), Map.of(), "Nothing", Optional.of(BigInteger.TWO), Map.of());
    Deadlock deadlock =
        new Deadlock(
            "stuck",
            List.of(new Conflict(List.of(reservation), "why")),
            List.of(uncounted, counted),
            false);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      DeadlockJson.write(
          g, deadlock, Optional.of(r -> g.writeStringField("seen", r.description())));
    }

    JsonNode json = MAPPER.readTree(out.toString());
    assertThat(json.get("summary").asText()).isEqualTo("stuck");
    assertThat(json.get("complete").isBoolean()).isTrue();
    assertThat(json.get("complete").asBoolean()).isFalse();
    assertThat(json.get("conflicts").get(0).get("explanation").asText()).isEqualTo("why");
    assertThat(json.get("conflicts").get(0).get("constraints").get(0).toString())
        .isEqualTo(
            "{\"party\":\"israel\",\"kind\":\"reservation\",\"value\":0.6,\"text\":\""
                + reservation.describe()
                + "\"}");
    JsonNode first = json.get("relaxations").get(0);
    assertThat(fieldNames(first))
        .containsExactly("description", "changes", "drop", "lower_reservations", "zopa", "seen");
    assertThat(first.get("zopa").isNull()).isTrue();
    assertThat(first.get("lower_reservations").toString()).isEqualTo("{\"israel\":0.41}");
    assertThat(first.get("changes").toString()).isEqualTo("[\"lower israel's reservation\"]");
    assertThat(first.get("seen").asText()).isEqualTo("Lower israel's reservation");
    JsonNode second = json.get("relaxations").get(1);
    assertThat(second.get("zopa").asInt()).isEqualTo(2);
    assertThat(second.get("seen").asText()).isEqualTo("Nothing");
  }
}
