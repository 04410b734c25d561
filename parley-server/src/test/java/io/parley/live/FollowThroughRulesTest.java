package io.parley.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.analysis.Improvement;
import io.parley.analysis.PostSettlement;
import io.parley.live.LiveException.Kind;
import io.parley.live.codec.Json;
import io.parley.live.codec.OutcomeCodec;
import io.parley.live.events.LiveEvent;
import io.parley.live.rooms.SeenEvent;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Move;
import io.parley.outcome.Outcome;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The follow-through state machines (issue 17) through the domain API on the Cairo example: every
 * legal transition of ratification, the improvement round and a plan step, and every illegal one
 * refused with its named error and nothing stored.
 */
class FollowThroughRulesTest {
  private final FollowThroughHarness h = new FollowThroughHarness(true);

  @AfterEach
  void close() {
    h.close();
  }

  // ---- ratification ----

  @Test
  void agreement_opensRatification_forEveryPartyWithRatifiers() {
    assertThat(h.follow(h.egypt).get("phase").asText()).isEqualTo("none");
    h.agree(FollowThroughHarness.AGREEMENT);
    JsonNode follow = h.follow(h.egypt);
    assertThat(follow.get("phase").asText()).isEqualTo("ratifying");
    assertThat(follow.at("/ratification/parties/0/party").asText()).isEqualTo("israel");
    assertThat(follow.at("/ratification/parties/0/rule").asText()).isEqualTo("majority");
    assertThat(follow.at("/ratification/parties/1/rule").asText()).isEqualTo("any-veto");
    assertThat(h.types(h.hamas)).contains("ratification-opened");
    assertThat(h.types(h.qatar)).contains("agreement-recorded", "ratification-opened");
  }

  @Test
  void votes_decideEachConstituencyByItsRule_assoonAsTheyCan() {
    h.agree(FollowThroughHarness.AGREEMENT);
    h.vote(h.israel, "hardliners", true);
    h.vote(h.israel, "war-cabinet", false);
    // 1 of 3 accept, 1 undecided: a majority is still possible, and not yet met
    assertThat(h.follow(h.egypt).at("/ratification/parties/0/decision").isNull()).isTrue();
    h.vote(h.egypt, "prime-minister", true); // a mediator records it on Israel's behalf
    assertThat(h.follow(h.egypt).at("/ratification/parties/0/decision").asText())
        .isEqualTo("ratified");
    assertThat(h.follow(h.egypt).get("phase").asText()).isEqualTo("ratifying");
    h.vote(h.hamas, "gaza-leadership", true);
    h.vote(h.hamas, "political-office", true);
    JsonNode follow = h.follow(h.egypt);
    assertThat(follow.get("phase").asText()).isEqualTo("settled");
    assertThat(follow.at("/ratification/ratified").asBoolean()).isTrue();
    assertThat(h.types(h.israel))
        .containsSubsequence("party-ratified", "party-ratified", "agreement-ratified");
  }

  @Test
  void majority_refusesAsSoonAsItCannotBeMet_andNamesTheSide() {
    h.agree(FollowThroughHarness.AGREEMENT);
    h.vote(h.israel, "hardliners", false);
    h.vote(h.israel, "war-cabinet", false);
    JsonNode follow = h.follow(h.hamas);
    assertThat(follow.get("phase").asText()).isEqualTo("refused");
    assertThat(follow.at("/ratification/parties/0/decision").asText()).isEqualTo("refused");
    LiveEvent failed =
        h.live.events(h.hamas, 0).stream()
            .map(SeenEvent::event)
            .filter(e -> e instanceof LiveEvent.RatificationFailed)
            .findFirst()
            .orElseThrow();
    assertThat(failed).isEqualTo(new LiveEvent.RatificationFailed("israel", "majority"));
    assertThat(h.types(h.qatar)).contains("ratification-failed");
    // after the failure: nothing more follows the agreement
    assertThat(h.refused(h.israel, Move.RECORD_VOTE, null, vote("prime-minister")).getMessage())
        .contains("ratification has failed");
    assertThat(h.refused(h.egypt, Move.PROPOSE_IMPROVEMENT, null, "{}").getMessage())
        .contains("the agreement was not ratified");
    assertThat(h.refused(h.egypt, Move.BEGIN_IMPLEMENTATION, null, "{}").getMessage())
        .contains("the agreement was not ratified");
  }

  @Test
  void anyVeto_refusesOnOneRejection() {
    h.agree(FollowThroughHarness.AGREEMENT);
    h.vote(h.hamas, "political-office", false);
    assertThat(h.follow(h.egypt).get("phase").asText()).isEqualTo("refused");
    assertThat(h.types(h.israel)).contains("ratification-failed");
  }

  @Test
  void illegalVotes_areRefusedByName() {
    assertThat(h.refused(h.israel, Move.RECORD_VOTE, null, vote("hardliners")))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT))
        .hasMessageContaining("no ratification is open");
    h.agree(FollowThroughHarness.AGREEMENT);
    assertThat(h.refused(h.israel, Move.RECORD_VOTE, null, vote("gaza-leadership")))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.BAD_INPUT))
        .hasMessageContaining("not one of your ratifiers")
        .hasMessageContaining("hardliners, war-cabinet, prime-minister")
        .hasMessageNotContaining("political-office");
    assertThat(h.refused(h.egypt, Move.RECORD_VOTE, null, vote("nobody")))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.BAD_INPUT))
        .hasMessageContaining("'nobody', which is not a ratifier");
    assertThat(h.refused(h.qatar, Move.RECORD_VOTE, null, vote("hardliners")))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
    h.vote(h.israel, "hardliners", true);
    assertThat(h.refused(h.egypt, Move.RECORD_VOTE, null, vote("hardliners")))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT))
        .hasMessageContaining("ratifier 'hardliners' has already voted (accept)");
    h.vote(h.israel, "prime-minister", true);
    assertThat(h.refused(h.israel, Move.RECORD_VOTE, null, vote("war-cabinet")))
        .hasMessageContaining("israel's constituency has already ratified the agreement");
    h.vote(h.hamas, "gaza-leadership", true);
    h.vote(h.hamas, "political-office", true);
    assertThat(h.refused(h.hamas, Move.RECORD_VOTE, null, vote("war-cabinet")).getMessage())
        .contains("the agreement is already ratified");
  }

  // ---- the improvement round ----

  @Test
  void improvement_isThePostSettlementImprovement_andIsAdoptedWhenAllAccept() {
    h.agree(FollowThroughHarness.AGREEMENT);
    assertThat(h.refused(h.egypt, Move.PROPOSE_IMPROVEMENT, null, "{}").getMessage())
        .contains("the agreement awaits ratification");
    h.ratify();
    assertThat(h.refused(h.israel, Move.PROPOSE_IMPROVEMENT, null, "{}").kind())
        .isEqualTo(Kind.FORBIDDEN);
    assertThat(h.refused(h.israel, Move.ANSWER_IMPROVEMENT, null, answer("accept")).getMessage())
        .contains("no improvement round is open");
    LiveEvent proposed = h.act(h.egypt, Move.PROPOSE_IMPROVEMENT, null, "{}").event();

    Outcome agreement = agreement();
    Improvement expected = PostSettlement.improve(h.scenario, agreement).orElseThrow();
    assertThat(proposed)
        .isEqualTo(new LiveEvent.ImprovementProposed(agreement, expected.outcome()));
    assertThat(h.follow(h.egypt).get("phase").asText()).isEqualTo("improving");
    assertThat(h.refused(h.egypt, Move.PROPOSE_IMPROVEMENT, null, "{}").getMessage())
        .contains("an improvement round is open");
    assertThat(h.refused(h.egypt, Move.BEGIN_IMPLEMENTATION, null, "{}").getMessage())
        .contains("an improvement round is open");
    assertThat(h.refused(h.egypt, Move.ANSWER_IMPROVEMENT, null, answer("accept")).kind())
        .isEqualTo(Kind.FORBIDDEN);

    h.act(h.israel, Move.ANSWER_IMPROVEMENT, null, answer("accept"));
    assertThat(h.refused(h.israel, Move.ANSWER_IMPROVEMENT, null, answer("keep")).getMessage())
        .contains("you already answered the improvement: accept");
    assertThat(h.follow(h.egypt).get("phase").asText()).isEqualTo("improving");
    h.act(h.hamas, Move.ANSWER_IMPROVEMENT, null, answer("accept"));

    JsonNode follow = h.follow(h.israel);
    assertThat(follow.get("phase").asText()).isEqualTo("settled");
    assertThat(follow.get("improvementsAdopted").asInt()).isEqualTo(1);
    assertThat(follow.get("agreement"))
        .isEqualTo(OutcomeCodec.write(expected.outcome(), h.scenario.space()));
    // the adopted improvement is Pareto-optimal: a second round finds nothing to propose
    assertThat(h.refused(h.egypt, Move.PROPOSE_IMPROVEMENT, null, "{}").getMessage())
        .contains("no feasible outcome is strictly better for every party");
  }

  @Test
  void improvement_isDeclinedWhenOnePartyKeepsTheAgreement() {
    h.agree(FollowThroughHarness.AGREEMENT);
    h.ratify();
    h.act(h.egypt, Move.PROPOSE_IMPROVEMENT, null, "{}");
    h.act(h.hamas, Move.ANSWER_IMPROVEMENT, null, answer("keep"));
    JsonNode follow = h.follow(h.israel);
    assertThat(follow.get("phase").asText()).isEqualTo("settled");
    assertThat(follow.get("improvementsAdopted").asInt()).isZero();
    assertThat(follow.get("agreement"))
        .isEqualTo(OutcomeCodec.write(agreement(), h.scenario.space()));
    assertThat(h.types(h.israel)).contains("improvement-declined");
    assertThat(h.refused(h.israel, Move.ANSWER_IMPROVEMENT, null, answer("accept")).getMessage())
        .contains("no improvement round is open");
  }

  @Test
  void improvement_ofAnAgreementBreakingARedLine_isRefused() {
    // the plan's terms: a phased release with an extended truce breaks Hamas's linkage
    h.agree(
        "{\"hostage-release\":\"phased-all\",\"ceasefire\":\"extended-truce\","
            + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"mediator-guarantee\","
            + "\"doha-office\":\"remains\"}");
    h.vote(h.israel, "war-cabinet", true);
    h.vote(h.israel, "prime-minister", true);
    h.vote(h.hamas, "gaza-leadership", true);
    h.vote(h.hamas, "political-office", true);
    assertThat(h.follow(h.egypt).at("/ratification/ratified").asBoolean()).isTrue();
    LiveException e = h.refused(h.egypt, Move.PROPOSE_IMPROVEMENT, null, "{}");
    assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
    assertThat(e)
        .hasMessageContaining("no improvement can be computed")
        .hasMessageContaining("red line");
  }

  // ---- implementation ----

  @Test
  void implementation_beginsOnlyAfterRatification_andOnlyOnce() {
    assertThat(h.refused(h.egypt, Move.BEGIN_IMPLEMENTATION, null, "{}").getMessage())
        .contains("no agreement has been recorded");
    h.agree(FollowThroughHarness.AGREEMENT);
    assertThat(h.refused(h.egypt, Move.BEGIN_IMPLEMENTATION, null, "{}").getMessage())
        .contains("the agreement awaits ratification");
    h.ratify();
    assertThat(h.refused(h.israel, Move.BEGIN_IMPLEMENTATION, null, "{}").kind())
        .isEqualTo(Kind.FORBIDDEN);
    assertThat(h.refused(h.israel, Move.REPORT_STEP, "truce-begins", "{}").getMessage())
        .contains("implementation has not begun");
    h.act(h.egypt, Move.BEGIN_IMPLEMENTATION, null, "{}");
    assertThat(h.follow(h.egypt).get("phase").asText()).isEqualTo("implementing");
    assertThat(h.follow(h.egypt).get("plan")).hasSize(7);
    assertThat(h.refused(h.egypt, Move.BEGIN_IMPLEMENTATION, null, "{}").getMessage())
        .contains("implementation has begun");
    assertThat(h.refused(h.egypt, Move.PROPOSE_IMPROVEMENT, null, "{}").getMessage())
        .contains("implementation has begun");
  }

  @Test
  void step_pendingDoneVerified_withDependenciesEnforced() {
    begin();
    assertThat(h.refused(h.hamas, Move.REPORT_STEP, "first-release", "{}"))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT))
        .hasMessageContaining("depends on 'truce-begins', which is pending, not verified");
    assertThat(h.refused(h.hamas, Move.REPORT_STEP, "truce-begins", "{}"))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN))
        .hasMessageContaining("is owed by israel");
    assertThat(h.refused(h.israel, Move.REPORT_STEP, "no-such-step", "{}"))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND))
        .hasMessageContaining("no step 'no-such-step'");
    assertThat(h.refused(h.egypt, Move.VERIFY_STEP, "truce-begins", "{}").getMessage())
        .contains("is pending; only a done step may be verified");

    h.step(h.israel, Move.REPORT_STEP, "truce-begins", "{\"note\":\"the pause holds\"}");
    assertThat(h.state("truce-begins")).isEqualTo("done");
    assertThat(h.refused(h.israel, Move.REPORT_STEP, "truce-begins", "{}").getMessage())
        .contains("is done; only a pending step may be reported done");
    assertThat(h.refused(h.hamas, Move.REPORT_STEP, "first-release", "{}").getMessage())
        .contains("which is done, not verified");
    assertThat(h.refused(h.qatar, Move.VERIFY_STEP, "truce-begins", "{}"))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN))
        .hasMessageContaining("a guarantor of step 'truce-begins' (egypt, united-states)");
    assertThat(h.refused(h.israel, Move.VERIFY_STEP, "truce-begins", "{}").kind())
        .isEqualTo(Kind.FORBIDDEN);
    h.step(h.unitedStates, Move.VERIFY_STEP, "truce-begins", "{}");
    assertThat(h.state("truce-begins")).isEqualTo("verified");
    for (Move move : List.of(Move.VERIFY_STEP, Move.DISPUTE_STEP)) {
      assertThat(h.refused(h.egypt, move, "truce-begins", body(move)).getMessage())
          .contains("is verified; only a done step may be");
    }
    assertThat(h.refused(h.egypt, Move.DECLARE_BREACH, "truce-begins", "{\"reason\":\"x\"}"))
        .hasMessageContaining("is verified; only a disputed step may be declared breached");

    // a step without guarantors is verified by a mediator, never by a party
    h.step(h.unitedStates, Move.REPORT_STEP, "guarantees-signed", "{}");
    assertThat(h.refused(h.hamas, Move.VERIFY_STEP, "guarantees-signed", "{}"))
        .hasMessageContaining("a mediator (the step has no guarantor)");
    h.step(h.egypt, Move.VERIFY_STEP, "guarantees-signed", "{}");
    assertThat(h.state("guarantees-signed")).isEqualTo("verified");

    h.step(h.hamas, Move.REPORT_STEP, "first-release", "{}");
    h.step(h.qatar, Move.VERIFY_STEP, "first-release", "{}"); // the guarantor in its own room
    assertThat(h.state("first-release")).isEqualTo("verified");
  }

  @Test
  void dispute_resolvedAsRedo_thenAsVerified() {
    begin();
    h.step(h.israel, Move.REPORT_STEP, "truce-begins", "{}");
    assertThat(h.refused(h.egypt, Move.RESOLVE_DISPUTE, "truce-begins", resolution("verified")))
        .hasMessageContaining("is done; only a disputed step may be resolved");
    h.step(h.egypt, Move.DISPUTE_STEP, "truce-begins", "{\"reason\":\"strikes continued\"}");
    assertThat(h.state("truce-begins")).isEqualTo("disputed");
    assertThat(h.refused(h.israel, Move.REPORT_STEP, "truce-begins", "{}").getMessage())
        .contains("is disputed; only a pending step may be reported done");
    assertThat(h.refused(h.israel, Move.RESOLVE_DISPUTE, "truce-begins", resolution("verified")))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
    assertThat(h.refused(h.unitedStates, Move.DISPUTE_STEP, "truce-begins", "{\"reason\":\"x\"}"))
        .hasMessageContaining("is disputed; only a done step may be disputed");
    h.step(h.egypt, Move.RESOLVE_DISPUTE, "truce-begins", resolution("redo"));
    assertThat(h.state("truce-begins")).isEqualTo("pending");
    h.step(h.israel, Move.REPORT_STEP, "truce-begins", "{}");
    h.step(h.unitedStates, Move.DISPUTE_STEP, "truce-begins", "{\"reason\":\"again\"}");
    h.step(h.unitedStates, Move.RESOLVE_DISPUTE, "truce-begins", resolution("verified"));
    assertThat(h.state("truce-begins")).isEqualTo("verified");
  }

  @Test
  void breach_isFinal_andEveryoneSeesItWithThePenalty() {
    begin();
    h.step(h.israel, Move.REPORT_STEP, "truce-begins", "{}");
    assertThat(h.refused(h.egypt, Move.DECLARE_BREACH, "truce-begins", "{\"reason\":\"x\"}"))
        .hasMessageContaining("is done; only a disputed step may be declared breached");
    h.step(h.unitedStates, Move.DISPUTE_STEP, "truce-begins", "{\"reason\":\"no pause\"}");
    assertThat(h.refused(h.qatar, Move.DECLARE_BREACH, "truce-begins", "{\"reason\":\"x\"}").kind())
        .isEqualTo(Kind.FORBIDDEN);
    LiveEvent breach =
        h.step(h.egypt, Move.DECLARE_BREACH, "truce-begins", "{\"reason\":\"no pause\"}").event();
    assertThat(breach).isInstanceOf(LiveEvent.StepBreached.class);
    assertThat(((LiveEvent.StepBreached) breach).penalty()).isCloseTo(0.15, within(1e-12));
    assertThat(h.state("truce-begins")).isEqualTo("breached");
    for (Viewer viewer : List.of(h.israel, h.hamas, h.qatar, h.unitedStates)) {
      assertThat(h.types(viewer)).as(viewer.participant()).contains("step-breached");
      JsonNode breaches = h.follow(viewer).get("breaches");
      assertThat(breaches).as(viewer.participant()).hasSize(1);
      assertThat(breaches.get(0).get("performer").asText()).isEqualTo("israel");
      assertThat(breaches.get(0).get("penalty").asDouble()).isCloseTo(0.15, within(1e-12));
    }
    for (Move move :
        List.of(Move.REPORT_STEP, Move.VERIFY_STEP, Move.DISPUTE_STEP, Move.DECLARE_BREACH)) {
      Viewer who = move == Move.REPORT_STEP ? h.israel : h.egypt;
      assertThat(h.refused(who, move, "truce-begins", body(move)).getMessage())
          .contains("is breached");
    }
    assertThat(h.refused(h.egypt, Move.RESOLVE_DISPUTE, "truce-begins", resolution("verified")))
        .hasMessageContaining("is breached");
    // what depends on a breached step can never be reported
    assertThat(h.refused(h.hamas, Move.REPORT_STEP, "first-release", "{}").getMessage())
        .contains("which is breached, not verified");
  }

  private void begin() {
    h.agree(FollowThroughHarness.AGREEMENT);
    h.ratify();
    h.act(h.egypt, Move.BEGIN_IMPLEMENTATION, null, "{}");
  }

  private Outcome agreement() {
    return OutcomeCodec.read(
        Json.parseObject(FollowThroughHarness.AGREEMENT), h.scenario.space(), "agreement");
  }

  /** A well-formed body for a step move. */
  private static String body(Move move) {
    return move == Move.DISPUTE_STEP || move == Move.DECLARE_BREACH
        ? "{\"reason\":\"x\"}"
        : "{\"note\":\"x\"}";
  }

  private static String vote(String ratifier) {
    return "{\"ratifier\":\"" + ratifier + "\",\"vote\":\"accept\"}";
  }

  private static String answer(String answer) {
    return "{\"answer\":\"" + answer + "\"}";
  }

  private static String resolution(String resolution) {
    return "{\"resolution\":\"" + resolution + "\"}";
  }
}
