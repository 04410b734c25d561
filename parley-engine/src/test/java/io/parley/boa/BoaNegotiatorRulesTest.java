package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The composed negotiator's own rules, around its components: it starts each component once, keeps
 * its sense of time from the events it sees, learns offers and acceptances only from the other
 * parties, and says why it refuses a text.
 */
class BoaNegotiatorRulesTest {

  /** Components that record the situations they were started with. */
  private static final List<Situation> STARTED = new ArrayList<>();

  private static final class Bidding implements BiddingStrategy {
    @Override
    public void start(Situation situation) {
      STARTED.add(situation);
    }

    @Override
    public Outcome bid(Situation situation) {
      return situation.index().best().orElseThrow();
    }
  }

  private static final class Never implements AcceptanceStrategy {
    @Override
    public void start(Situation situation) {
      STARTED.add(situation);
    }

    @Override
    public boolean accepts(Situation situation, Outcome offer, Outcome nextBid) {
      return false;
    }
  }

  private static final class Model implements OpponentModel {
    final List<Outcome> learnt = new ArrayList<>();

    @Override
    public void start(Situation situation) {
      STARTED.add(situation);
    }

    @Override
    public void update(String party, Outcome offer, Situation situation) {
      learnt.add(offer);
    }

    @Override
    public double utility(String party, Outcome outcome) {
      return 0.5;
    }
  }

  private static BoaNegotiator negotiator(Preferences preferences, int deadline) {
    var negotiator = new BoaNegotiator("rules", new Bidding(), new Model(), new Never());
    negotiator.start(Fixtures.context(preferences, deadline, "them"));
    return negotiator;
  }

  private static Event event(int round, String sender, Payload payload) {
    return new Event(1, 0, round, sender, List.of("us", "them", "m"), payload);
  }

  private static BitSet bits(int value) {
    var bits = new BitSet();
    bits.set(value);
    return bits;
  }

  @Test
  void start_startsEveryComponentOnce_withTheNegotiatorsSituation_unlessNothingIsAcceptable() {
    STARTED.clear();
    var negotiator = negotiator(Fixtures.rising(2, 3, 0), 10);
    assertThat(STARTED).hasSize(3).allSatisfy(s -> assertThat(s).isSameAs(negotiator.situation()));

    STARTED.clear();
    var hopeless =
        negotiator(
            Fixtures.rising(1, 3, 1.0)
                .withRedLines(
                    List.of(
                        new RedLine.Forbid(new Condition(List.of(new Clause(0, bits(2), 3))), ""))),
            10);
    assertThat(hopeless.situation().index().isEmpty()).isTrue();
    assertThat(STARTED).isEmpty();
  }

  @Test
  void beforeStart_everyCallIsRefused_namingTheNegotiator() {
    var negotiator = new BoaNegotiator("early", new Bidding(), new Model(), new Never());
    assertThatThrownBy(negotiator::situation)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("early was asked before start()");
    assertThatThrownBy(
            () -> negotiator.observe(event(1, "them", new Payload.Offered(Outcome.of(0, 0)))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("early was asked before start()");
    assertThatThrownBy(() -> negotiator.act(new Request.Turn(1, 0, Optional.empty(), "")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("early was asked before start()");
  }

  @Test
  void observe_movesItsProgressToTheStartOfTheEventsRound_neverBack() {
    var negotiator = negotiator(Fixtures.rising(1, 11, 0), 10);
    Situation situation = negotiator.situation();
    negotiator.observe(event(5, "them", new Payload.Offered(Outcome.of(3))));
    assertThat(situation.progress()).as("(5 - 1) / 10").isEqualTo(0.4);
    assertThat(situation.received())
        .singleElement()
        .satisfies(r -> assertThat(r.progress()).isEqualTo(0.4));
    negotiator.observe(event(3, "them", new Payload.Offered(Outcome.of(4))));
    assertThat(situation.progress()).as("never back").isEqualTo(0.4);
    negotiator.observe(event(8, "us", new Payload.Offered(Outcome.of(9))));
    assertThat(situation.progress()).as("its own events are ignored").isEqualTo(0.4);
    assertThat(situation.received()).hasSize(2);

    var timeOnly = negotiator(Fixtures.rising(1, 11, 0), 0);
    timeOnly.observe(event(5, "them", new Payload.Offered(Outcome.of(3))));
    assertThat(timeOnly.situation().progress()).as("no deadline in rounds").isZero();
  }

  @Test
  void observe_learnsOffersAndAcceptancesOfTheOtherParties_andTextsWithoutBacking() {
    var model = new Model();
    var negotiator = new BoaNegotiator("rules", new Bidding(), model, new Never());
    negotiator.start(Fixtures.context(Fixtures.rising(1, 11, 0), 10, "them"));
    Situation situation = negotiator.situation();

    negotiator.observe(event(1, "m", new Payload.TextDrafted(1, Outcome.of(5))));
    assertThat(situation.received()).extracting(Situation.Received::from).containsExactly("m");
    assertThat(situation.supported()).isEmpty();
    assertThat(model.learnt).isEmpty();

    negotiator.observe(event(1, "m", new Payload.Accepted(Outcome.of(6))));
    assertThat(situation.supported()).as("the mediator backs nothing").isEmpty();
    negotiator.observe(event(1, "them", new Payload.Accepted(Outcome.of(7))));
    assertThat(situation.supporters(Outcome.of(7))).containsExactly("them");
    assertThat(situation.bestSupportedByAll()).contains(Outcome.of(7));

    negotiator.observe(event(2, "m", new Payload.Offered(Outcome.of(2))));
    assertThat(model.learnt).as("only the parties' offers teach the model").isEmpty();
    assertThat(situation.supporters(Outcome.of(2))).isEmpty();
    negotiator.observe(event(2, "them", new Payload.Offered(Outcome.of(3))));
    assertThat(model.learnt).containsExactly(Outcome.of(3));
    assertThat(situation.supporters(Outcome.of(3))).containsExactly("them");
  }

  @Test
  void review_rejectsABestTextItWillNotAccept_sayingItIsWithinItsLimits() {
    var negotiator = negotiator(Fixtures.rising(2, 3, 0), 10);
    Action action = negotiator.act(new Request.Review(1, 0.1, 1, Outcome.of(2, 2), "m"));
    assertThat(action)
        .isEqualTo(
            new Action.Reject(
                "the text is worth less to us than we now need, and no change we could ask for"
                    + " makes up for it without costing us elsewhere"));
  }

  @Test
  void review_rejectsATextAcrossItsRedLinesThatNoHarmlessChangeMends() {
    Preferences preferences =
        Fixtures.rising(2, 3, 0)
            .withRedLines(
                List.of(new RedLine.Forbid(new Condition(List.of(new Clause(0, bits(2), 3))), "")));
    var negotiator = negotiator(preferences, 10);
    Action action = negotiator.act(new Request.Review(1, 0.1, 1, Outcome.of(2, 2), "m"));
    assertThat(action)
        .isEqualTo(
            new Action.Reject(
                "the text breaks our red lines or falls below our reservation value, and no"
                    + " change we could ask for mends that without costing us elsewhere"));
  }

  @Test
  void review_amendsATextBelowItsReservation_sayingItCannotAcceptIt() {
    var negotiator = negotiator(Fixtures.rising(2, 3, 0.5), 10);
    Action action = negotiator.act(new Request.Review(1, 0.1, 1, Outcome.of(0, 0), "m"));
    assertThat(action).isInstanceOf(Action.Amend.class);
    assertThat(((Action.Amend) action).amendments())
        .isNotEmpty()
        .extracting(Amendment::reason)
        .containsOnly("we cannot accept the text as it stands");
    Action within = negotiator.act(new Request.Review(2, 0.2, 2, Outcome.of(1, 1), "m"));
    assertThat(((Action.Amend) within).amendments())
        .extracting(Amendment::reason)
        .containsOnly("the text is worth less to us than what we now ask for");
  }
}
