package io.parley.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.protocol.ProtocolKind;
import io.parley.scenario.ScenarioException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TournamentConfigReaderTest {
  @TempDir Path dir;

  @Test
  void read_expandsGlobsRelativeToTheConfig_andAppliesDefaults() {
    TournamentConfig config = TournamentConfigReader.read(Fixtures.tournament(dir, ""));
    assertThat(config.name()).isEqualTo("test");
    assertThat(config.scenarios())
        .extracting(ScenarioRef::id)
        .containsExactly("scenarios/bilateral.yaml", "scenarios/trilateral.yaml");
    assertThat(config.competitors())
        .extracting(Competitor::name)
        .containsExactly("boulware", "conceder", "random", "tit-for-tat");
    assertThat(config.protocols()).containsExactly(ProtocolKind.ALTERNATING_OFFERS);
    assertThat(config.deadline()).isEqualTo(new Deadline.Rounds(100));
    assertThat(config.repetitions()).isEqualTo(1);
    assertThat(config.seed()).isEqualTo(11);
    assertThat(config.rotateRoles()).isTrue();
    assertThat(config.selfPlay()).isTrue();
  }

  @Test
  void read_takesEveryKey() {
    Fixtures.write(dir, "s.yaml", Fixtures.BILATERAL);
    TournamentConfig config =
        TournamentConfigReader.read(
            Fixtures.write(
                dir,
                "t.json",
                """
                {"name": "j", "scenarios": ["s.yaml"],
                 "competitors": ["boulware", {"name": "fast", "strategy": "conceder"}],
                 "mediators": ["nash-seeking"], "protocols": ["single-text", "alternating-offers"],
                 "deadline": {"seconds": 0.5}, "repetitions": 3, "seed": -4,
                 "rotate_roles": false, "self_play": false, "agent_path": "agents",
                 "negotiation_timeout_seconds": 2, "call_budget_ms": 50}
                """));
    assertThat(config.competitors()).contains(new Competitor("fast", "conceder"));
    assertThat(config.protocols())
        .containsExactly(ProtocolKind.SINGLE_TEXT, ProtocolKind.ALTERNATING_OFFERS);
    assertThat(config.deadline()).isEqualTo(new Deadline.Time(Duration.ofMillis(500)));
    assertThat(config.repetitions()).isEqualTo(3);
    assertThat(config.seed()).isEqualTo(-4);
    assertThat(config.rotateRoles()).isFalse();
    assertThat(config.selfPlay()).isFalse();
    assertThat(config.agentPath()).containsExactly(dir.resolve("agents").toString());
    assertThat(config.negotiationTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.callBudget()).isEqualTo(Duration.ofMillis(50));
  }

  @Test
  void missingScenarioFile_namesFileLineAndKey() {
    Path file =
        Fixtures.write(dir, "t.yaml", "scenarios:\n  - nowhere.yaml\ncompetitors: [boulware]\n");
    assertThatThrownBy(() -> TournamentConfigReader.read(file))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("t.yaml:2:")
        .hasMessageContaining("scenarios[0]")
        .hasMessageContaining("nowhere.yaml does not exist");
  }

  @Test
  void globMatchingNothing_isAnError() {
    Path file =
        Fixtures.write(dir, "t.yaml", "scenarios: [\"none/*.yaml\"]\ncompetitors: [boulware]\n");
    assertThatThrownBy(() -> TournamentConfigReader.read(file))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("t.yaml:1:")
        .hasMessageContaining("the glob \"none/*.yaml\" matches nothing");
  }

  @Test
  void zeroRepetitions_isAnError() {
    Fixtures.write(dir, "s.yaml", Fixtures.BILATERAL);
    Path file =
        Fixtures.write(
            dir, "t.yaml", "scenarios: [s.yaml]\ncompetitors: [boulware]\nrepetitions: 0\n");
    assertThatThrownBy(() -> TournamentConfigReader.read(file))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("t.yaml:3:")
        .hasMessageContaining("repetitions: repetitions 0; expected at least 1");
  }

  @Test
  void unknownKeyAndDuplicateCompetitor_areErrors() {
    Fixtures.write(dir, "s.yaml", Fixtures.BILATERAL);
    Path unknown =
        Fixtures.write(dir, "u.yaml", "scenarios: [s.yaml]\ncompetitors: [boulware]\nrounds: 3\n");
    assertThatThrownBy(() -> TournamentConfigReader.read(unknown))
        .hasMessageContaining("u.yaml:3:")
        .hasMessageContaining("unknown key 'rounds'");
    Path twice =
        Fixtures.write(dir, "d.yaml", "scenarios: [s.yaml]\ncompetitors: [boulware, boulware]\n");
    assertThatThrownBy(() -> TournamentConfigReader.read(twice))
        .hasMessageContaining("d.yaml:2:")
        .hasMessageContaining("competitor 'boulware' is listed twice");
  }

  @Test
  void fingerprint_changesWithWhatDecidesResults_only() {
    TournamentConfig a = TournamentConfigReader.read(Fixtures.tournament(dir, ""));
    TournamentConfig same = TournamentConfigReader.read(Fixtures.tournament(dir, ""));
    TournamentConfig reseeded =
        TournamentConfigReader.read(Fixtures.tournament(dir, "repetitions: 2\n"));
    assertThat(a.fingerprint()).isEqualTo(same.fingerprint()).hasSize(64);
    assertThat(reseeded.fingerprint()).isNotEqualTo(a.fingerprint());
  }
}
