package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.Payload;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HillClimbingMediatorTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(
          IntegerIssue.of("a", 0, 9), IntegerIssue.of("b", 0, 9), IntegerIssue.of("c", 0, 9));

  private static HillClimbingMediator started(long seed) {
    var mediator = new HillClimbingMediator();
    mediator.start(Contexts.mediator(SPACE, Map.of(), seed));
    return mediator;
  }

  private static Outcome first(HillClimbingMediator mediator) {
    return mediator.draft(new DraftRequest(1, 0, Optional.empty(), Map.of()));
  }

  private static Outcome revise(HillClimbingMediator mediator, Outcome current) {
    return mediator.draft(new DraftRequest(2, 0.5, Optional.of(current), Map.of()));
  }

  private static int differences(Outcome x, Outcome y) {
    int count = 0;
    for (int i = 0; i < x.issueCount(); i++) {
      count += x.valueIndex(i) == y.valueIndex(i) ? 0 : 1;
    }
    return count;
  }

  private static Payload amended(int version, int... issues) {
    return new Payload.Amended(
        version, java.util.Arrays.stream(issues).mapToObj(i -> new Amendment(i, 0, "")).toList());
  }

  @Test
  void draft_first_isRandomAndReproducibleFromTheSeed() {
    List<Outcome> texts =
        java.util.stream.LongStream.range(0, 20).mapToObj(s -> first(started(s))).toList();

    assertThat(texts).doesNotHaveDuplicates();
    assertThat(first(started(7))).isEqualTo(texts.get(7));
  }

  @Test
  void draft_nobodyObjected_keepsTheText() {
    var mediator = started(1);
    Outcome text = first(mediator);
    mediator.observe(Contexts.event(1, "m", new Payload.TextDrafted(1, text)));
    mediator.observe(Contexts.event(2, "us", new Payload.Accepted(text)));

    assertThat(revise(mediator, text)).isEqualTo(text);
  }

  @Test
  void draft_afterAnObjection_changesOneProvision() {
    var mediator = started(2);
    Outcome text = first(mediator);
    mediator.observe(Contexts.event(1, "m", new Payload.TextDrafted(1, text)));
    mediator.observe(Contexts.event(2, "us", amended(1, 0, 1)));

    assertThat(differences(revise(mediator, text), text)).isEqualTo(1);
  }

  @Test
  void draft_changeReceivedWorse_returnsToTheBestText() {
    for (long seed = 0; seed < 30; seed++) {
      var mediator = started(seed);
      Outcome best = first(mediator);
      mediator.observe(Contexts.event(1, "m", new Payload.TextDrafted(1, best)));
      mediator.observe(Contexts.event(2, "us", new Payload.Accepted(best)));
      mediator.observe(Contexts.event(3, "them", amended(1, 2)));
      Outcome change = revise(mediator, best);
      mediator.observe(Contexts.event(4, "m", new Payload.TextDrafted(2, change)));
      mediator.observe(Contexts.event(5, "us", amended(2, 0, 1)));
      mediator.observe(Contexts.event(6, "them", amended(2, 2)));

      Outcome next = revise(mediator, change);

      assertThat(differences(next, best)).as("seed %d", seed).isEqualTo(1);
    }
  }
}
