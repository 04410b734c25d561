package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParleyCommandTest {

  @Test
  void version_printsTheProjectVersion() {
    Run run = Run.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("parley ").doesNotContain("${").doesNotContain("unknown");
  }

  @Test
  void help_listsTheAnalyzeCommand() {
    Run run = Run.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: parley", "analyze");
  }

  @Test
  void analyzeHelp_describesTheOptionsAndExitCodes() {
    Run run = Run.of("analyze", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("FILE", "--json", "--plot", "--parties", "--sample", "--html", "Exit codes:");
  }

  @Test
  void noCommand_isAUsageError() {
    Run run = Run.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("parley: name a command").contains("Usage: parley");
  }

  @Test
  void unknownCommand_isAUsageError() {
    Run run = Run.of("negotiate");

    assertThat(run.exitCode()).isEqualTo(2);
  }
}
