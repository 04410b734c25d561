package io.parley.tournament.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.tournament.Fixtures;
import io.parley.tournament.Plan;
import io.parley.tournament.PlannedNegotiation;
import io.parley.tournament.Tournament;
import io.parley.tournament.TournamentConfigReader;
import io.parley.tournament.result.ResultRow;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seats that hold resources are closed however their negotiation ends, a hang included. */
class NegotiationRunnerSeatsTest {
  @TempDir Path dir;

  private Plan plan() throws Exception {
    Fixtures.tournament(dir, "");
    Path config = dir.resolve("closable.yaml");
    Files.writeString(
        config,
        "scenarios: [scenarios/bilateral.yaml]\n"
            + "competitors: ['class:"
            + ClosableNegotiator.class.getName()
            + "', boulware]\n"
            + "self_play: false\n"
            + "seed: 3\n");
    return Tournament.plan(TournamentConfigReader.read(config));
  }

  @Test
  void abandonedNegotiation_closesItsClosableSeats() throws Exception {
    Plan plan = plan();
    PlannedNegotiation planned = plan.stream().findFirst().orElseThrow();
    NegotiationRunner runner = new NegotiationRunner(plan.config());
    int madeBefore = ClosableNegotiator.MADE.get();
    int closedBefore = ClosableNegotiator.CLOSED.get();

    Thread.currentThread().interrupt();
    ResultRow row;
    try {
      row = runner.run(planned);
    } finally {
      Thread.interrupted();
    }

    assertThat(row.failure()).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo("hang"));
    assertThat(ClosableNegotiator.MADE.get() - madeBefore).isEqualTo(1);
    assertThat(ClosableNegotiator.CLOSED.get() - closedBefore).isEqualTo(1);
  }

  @Test
  void finishedNegotiation_closesItsClosableSeats_andThePluginPlayed() throws Exception {
    Plan plan = plan();
    NegotiationRunner runner = new NegotiationRunner(plan.config());
    int madeBefore = ClosableNegotiator.MADE.get();
    int closedBefore = ClosableNegotiator.CLOSED.get();

    for (PlannedNegotiation planned : plan.stream().toList()) {
      ResultRow row = runner.run(planned);
      assertThat(row.failure()).isEmpty();
      assertThat(row.end()).isEqualTo("walk-away");
    }

    int made = ClosableNegotiator.MADE.get() - madeBefore;
    assertThat(made).isEqualTo((int) plan.size());
    assertThat(ClosableNegotiator.CLOSED.get() - closedBefore).isEqualTo(made);
  }
}
