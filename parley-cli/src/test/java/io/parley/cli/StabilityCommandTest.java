package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StabilityCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "stability");

  @TempDir Path dir;

  @Test
  void stability_json_hasStatesAndTheFourEquilibria() throws Exception {
    Run run = Run.of("stability", EXAMPLES.resolve("prisoners-dilemma.yaml").toString(), "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("states").isArray()).isTrue();
    assertThat(json.get("states")).hasSize(4);
    JsonNode first = json.get("states").get(0);
    assertThat(first.get("state").asText()).isEqualTo("NN");
    assertThat(first.get("stability").get("nash").get("p1").asBoolean()).isFalse();
    assertThat(first.get("stability").get("seq").get("p2").asBoolean()).isTrue();
    JsonNode equilibria = json.get("equilibria");
    List<String> keys = new ArrayList<>();
    equilibria.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("nash", "gmr", "smr", "seq");
    assertThat(labels(equilibria.get("nash"))).containsExactly("YY");
    assertThat(labels(equilibria.get("gmr"))).containsExactly("NN", "YY");
    assertThat(labels(equilibria.get("smr"))).containsExactly("NN", "YY");
    assertThat(labels(equilibria.get("seq"))).containsExactly("NN", "YY");
  }

  @Test
  void stability_text_showsEveryStateAndTheEquilibria() {
    Run run = Run.of("stability", EXAMPLES.resolve("elmira.yaml").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Model: elmira (3 decision makers, 5 options, 9 states)")
        .contains("modify (moe), delay (ur), accept (ur), abandon (ur), insist (lg)")
        .containsPattern("YNYNY +\\+\\+\\+ +\\+\\+\\+ +\\+\\+\\+ +\\+\\+\\+ +Nash GMR SMR SEQ")
        .contains("  Nash: -NNY-, NYNNY, YNYNY")
        .contains("  SEQ:  -NNY-, NYNNY, YNYNY");
  }

  @Test
  void stability_everyShippedExample_isAnalysed() throws Exception {
    try (var files = Files.list(EXAMPLES)) {
      for (Path file : files.toList()) {
        Run run = Run.of("stability", file.toString(), "--json");
        assertThat(run.exitCode()).as(file.toString()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("model").asText())
            .as("each file is named after its model")
            .isEqualTo(file.getFileName().toString().replace(".yaml", ""));
      }
    }
  }

  @Test
  void stability_rankingMissingAState_exits2WithOneLineAndNothingWritten() throws Exception {
    Path file = dir.resolve("short.yaml");
    Files.writeString(
        file,
        """
        name: short
        decision_makers:
          - {id: a, options: [{id: x}]}
        preferences:
          a: {ranking: [Y]}
        """);

    Run run = Run.of("stability", file.toString(), "--json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith("parley: " + file + ":5:")
        .contains("the ranking of a misses 1 of the 2 states: N");
  }

  @Test
  void stability_missingFile_exits2() {
    Run run = Run.of("stability", dir.resolve("none.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("cannot read the file: no such file");
  }

  /** The bad inputs the issue names: each exits 2, writes nothing, names what and where. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown option      | infeasible: [{x: Y, z: N}]                 | 4 | unknown option 'z'
          empty feasible set  | infeasible: [{x: Y}, {x: N}]               | 4 | every one of the 2 option combinations is infeasible
          ranking misses      | preferences: {a: {ranking: [Y]}}           | 4 | the ranking of a misses 1 of the 2 states: N
          duplicate state     | preferences: {a: {ranking: [Y, N, Y]}}     | 4 | state Y appears twice in the ranking of a
          unknown dm          | preferences: {a: {ranking: [Y, N]}, b: {}} | 4 | unknown decision maker 'b'; expected one of a
          malformed YAML      | preferences: {a: [                         | 5 | malformed YAML
          """)
  void stability_badInput_exits2NamingWhatAndWhere(
      String what, String line, int lineNumber, String message) throws Exception {
    Path file = dir.resolve("bad.yaml");
    String text =
        "name: bad\ndecision_makers:\n  - {id: a, options: [{id: x}]}\n"
            + line
            + (line.startsWith("preferences") ? "\n" : "\npreferences: {a: {ranking: [Y, N]}}\n");
    Files.writeString(file, text);

    Run run = Run.of("stability", file.toString(), "--json");

    assertThat(run.exitCode()).as(what).isEqualTo(2);
    assertThat(run.out()).as(what).isEmpty();
    assertThat(run.errLines()).as(what).hasSize(1);
    assertThat(run.err()).as(what).startsWith("parley: " + file + ":" + lineNumber + ":");
    assertThat(run.err()).as(what).contains(message);
  }

  private static List<String> labels(JsonNode array) {
    List<String> labels = new ArrayList<>();
    array.forEach(node -> labels.add(node.asText()));
    return labels;
  }
}
