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

  private static List<String> labels(JsonNode array) {
    List<String> labels = new ArrayList<>();
    array.forEach(node -> labels.add(node.asText()));
    return labels;
  }
}
