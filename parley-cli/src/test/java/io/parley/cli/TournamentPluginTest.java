package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley tournament} with a config's {@code agent_path}: plug-ins play, bad paths stop. */
class TournamentPluginTest {
  @TempDir Path dir;

  private Path config(String agentPath) throws Exception {
    Files.copy(Path.of("..", "examples", "job-offer.yaml"), dir.resolve("job-offer.yaml"));
    Path file = dir.resolve("t.yaml");
    Files.writeString(
        file,
        "scenarios: [job-offer.yaml]\n"
            + "agent_path: ["
            + agentPath
            + "]\n"
            + "competitors:\n"
            + "  - boulware\n"
            + "  - {name: steady, strategy: 'class:com.example.JarSteady'}\n"
            + "  - jar-steady\n"
            + "deadline: {rounds: 20}\n"
            + "seed: 5\n");
    return file;
  }

  @Test
  void classAgentFromAJar_playsInATournament() throws Exception {
    Path jar = RunCommandPluginTest.agentJar(Files.createDirectories(dir.resolve("agents")));
    Path out = dir.resolve("out");

    Run run = Run.of("tournament", config(jar.toString()).toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Ran 9 negotiations");
    List<String> rows = Files.readAllLines(out.resolve("results.csv"));
    assertThat(rows).hasSize(10);
    List<String> steady = rows.stream().skip(1).filter(r -> r.contains("steady")).toList();
    assertThat(steady).hasSize(8);
    assertThat(steady).noneMatch(r -> r.contains("failure") || r.contains("crash"));
    assertThat(Files.readString(out.resolve("scores.csv")))
        .contains("steady")
        .contains("jar-steady");
  }

  @Test
  void badAgentPath_isAUsageErrorBeforeAnythingIsWritten() throws Exception {
    Path out = dir.resolve("out");

    Run run =
        Run.of(
            "tournament",
            config(dir.resolve("missing.jar").toString()).toString(),
            "--out",
            out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("agent_path").contains("missing.jar").contains("does not exist");
    assertThat(out).doesNotExist();
  }
}
