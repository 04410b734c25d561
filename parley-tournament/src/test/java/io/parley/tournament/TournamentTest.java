package io.parley.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.protocol.ProtocolKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TournamentTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"true,true", "true,false", "false,true", "false,false"})
  void seatings_matchBruteForce(boolean rotate, boolean selfPlay) {
    for (int n = 1; n <= 5; n++) {
      for (int k = 1; k <= 3; k++) {
        if (!selfPlay && n < k) {
          continue;
        }
        Set<List<Integer>> expected = new HashSet<>();
        int total = (int) Math.pow(n, k);
        for (int code = 0; code < total; code++) {
          List<Integer> tuple = new ArrayList<>();
          for (int i = 0, c = code; i < k; i++, c /= n) {
            tuple.add(0, c % n);
          }
          boolean distinct = new HashSet<>(tuple).size() == k;
          boolean sorted = tuple.stream().sorted().toList().equals(tuple);
          if ((selfPlay || distinct) && (rotate || sorted)) {
            expected.add(tuple);
          }
        }
        int[][] seatings = Seatings.of(n, k, rotate, selfPlay);
        Set<List<Integer>> actual =
            Arrays.stream(seatings)
                .map(s -> Arrays.stream(s).boxed().toList())
                .collect(Collectors.toSet());
        assertThat(seatings.length).isEqualTo(expected.size());
        assertThat(actual).isEqualTo(expected);
      }
    }
  }

  @Test
  void plan_hasScenariosTimesSeatingsTimesRepetitions_withStableKeysAndSeeds() {
    TournamentConfig config =
        TournamentConfigReader.read(Fixtures.tournament(dir, "repetitions: 3\n"));
    Plan plan = Tournament.plan(config);
    // 4 competitors: 4^2 seatings of the bilateral scenario, 4^3 of the trilateral one.
    assertThat(plan.size()).isEqualTo((16 + 64) * 3);
    assertThat(plan.maxParties()).isEqualTo(3);
    Set<String> keys = new HashSet<>();
    for (long i = 0; i < plan.size(); i++) {
      PlannedNegotiation p = plan.get(i);
      assertThat(p.index()).isEqualTo(i);
      assertThat(keys.add(p.key())).as("unique key %s", p.key()).isTrue();
      assertThat(p.key())
          .isEqualTo(
              NegotiationKeys.key(
                  p.scenario().id(), p.protocol(), p.mediator(), p.seats(), p.repetition()));
      assertThat(p.seed()).isEqualTo(NegotiationKeys.seed(11, p.key()));
    }
    Plan again =
        Tournament.plan(TournamentConfigReader.read(Fixtures.tournament(dir, "repetitions: 3\n")));
    assertThat(again.get(77)).isEqualTo(plan.get(77));
    assertThat(plan.stream().count()).isEqualTo(plan.size());
  }

  @Test
  void fixedRolesWithoutSelfPlay_playsEachSetOnce() {
    TournamentConfig config =
        TournamentConfigReader.read(
            Fixtures.tournament(dir, "rotate_roles: false\nself_play: false\n"));
    // C(4, 2) + C(4, 3)
    assertThat(Tournament.plan(config).size()).isEqualTo(6 + 4);
  }

  @Test
  void mediatedProtocols_multiplyByMediators_andSkipScenariosWithoutOne() {
    TournamentConfig config =
        TournamentConfigReader.read(
            Fixtures.tournament(
                dir,
                "protocols: [alternating-offers, single-text]\n"
                    + "mediators: [nash-seeking, split-the-difference]\n"));
    Plan plan = Tournament.plan(config);
    assertThat(plan.size()).isEqualTo(16 + 16 * 2 + 64);
    assertThat(plan.notes()).singleElement().asString().contains("trilateral");
    assertThat(plan.get(16).protocol()).isEqualTo(ProtocolKind.SINGLE_TEXT);
    assertThat(plan.get(16).mediator()).isEqualTo("nash-seeking");
  }

  @Test
  void unknownCompetitor_isNamed() {
    TournamentConfig config = TournamentConfigReader.read(Fixtures.tournament(dir, ""));
    TournamentConfig bad =
        new TournamentConfig(
            config.name(),
            config.scenarios(),
            List.of(Competitor.of("boulware"), new Competitor("mystery", "no-such-agent")),
            config.mediators(),
            config.protocols(),
            config.deadline(),
            1,
            0,
            true,
            true,
            List.of(),
            config.negotiationTimeout(),
            config.callBudget());
    assertThatThrownBy(() -> Tournament.plan(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("competitor 'mystery'")
        .hasMessageContaining("no-such-agent");
  }

  @Test
  void fewerCompetitorsThanRolesWithoutSelfPlay_namesTheScenario() {
    Fixtures.write(dir, "tri.yaml", Fixtures.TRILATERAL);
    Path file =
        Fixtures.write(
            dir,
            "t.yaml",
            "scenarios: [tri.yaml]\ncompetitors: [boulware, linear]\nself_play: false\n");
    assertThatThrownBy(() -> Tournament.plan(TournamentConfigReader.read(file)))
        .hasMessageContaining("scenario tri.yaml has 3 negotiating roles")
        .hasMessageContaining("only 2 competitors");
  }

  @Test
  void hugePlan_costsNoMemoryPerNegotiation() {
    TournamentConfig config =
        TournamentConfigReader.read(Fixtures.tournament(dir, "repetitions: 10000000\n"));
    Plan plan = Tournament.plan(config);
    assertThat(plan.size()).isEqualTo(80L * 10_000_000);
    PlannedNegotiation last = plan.get(plan.size() - 1);
    assertThat(last.repetition()).isEqualTo(10_000_000);
    assertThat(last.scenario().id()).isEqualTo("scenarios/trilateral.yaml");
  }
}
