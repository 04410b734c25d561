package io.parley.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.live.codec.ConfidingJson;
import io.parley.live.codec.Json;
import io.parley.live.codec.OutcomeCodec;
import io.parley.live.events.LiveEvent;
import io.parley.live.rooms.SeenEvent;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Move;
import io.parley.preference.Preferences;
import io.parley.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees what of the follow-through (issue 17), on the Cairo example with Qatar as a guarantor: a
 * guarantor never sees a party's room (texts, responses, confided preferences, messages), a vote or
 * an answer, nor the transitions of steps it does not guarantee; a party never sees another party's
 * ratifiers' votes or answer; everyone sees the decisions and the breach; and a restart folds the
 * log back into the same rooms.
 */
class FollowThroughVisibilityTest {
  private static final String HAMAS_PREFERENCES =
      "{\"weights\":{\"hostage-release\":0.2,\"ceasefire\":0.35,\"rafah-operation\":0.25,"
          + "\"leader-guarantees\":0.1,\"doha-office\":0.1},"
          + "\"scores\":{\"hostage-release\":{\"none\":1,\"humanitarian-first-phase\":0.7,"
          + "\"phased-all\":0.5,\"all-at-once\":0},\"ceasefire\":{\"none\":0,"
          + "\"temporary-pause\":0.3,\"extended-truce\":0.6,\"permanent-end\":1},"
          + "\"rafah-operation\":{\"proceed\":0,\"postpone\":0.5,\"forgo\":1},"
          + "\"leader-guarantees\":{\"none\":0,\"us-assurance\":0.5,\"mediator-guarantee\":1},"
          + "\"doha-office\":{\"remains\":1,\"relocated\":0}},\"reservation\":0.45}";

  /** What a guarantor may read: public events, the plan, its steps, decisions and breaches. */
  private static final Set<String> GUARANTOR_READS =
      Set.of(
          "negotiation-created",
          "participant-invited",
          "agreement-recorded",
          "ratification-opened",
          "party-ratified",
          "ratification-failed",
          "agreement-ratified",
          "improvement-adopted",
          "improvement-declined",
          "implementation-began",
          "step-reported",
          "step-verified",
          "step-disputed",
          "dispute-resolved",
          "step-breached");

  private final FollowThroughHarness h = new FollowThroughHarness(true);

  @BeforeEach
  void script() {
    h.act(h.hamas, Move.CONFIDE, null, HAMAS_PREFERENCES);
    h.act(h.hamas, Move.SEND_MESSAGE, null, "{\"text\":\"we need guarantees\"}");
    h.agree(FollowThroughHarness.AGREEMENT);
    h.ratify();
    h.act(h.egypt, Move.PROPOSE_IMPROVEMENT, null, "{}");
  }

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void aParty_seesItsOwnVotesAndAnswer_neverTheOtherSides() {
    h.act(h.israel, Move.ANSWER_IMPROVEMENT, null, "{\"answer\":\"accept\"}");
    JsonNode israel = h.follow(h.israel);
    assertThat(votes(israel, "israel"))
        .containsExactly("hardliners", "war-cabinet", "prime-minister");
    assertThat(votes(israel, "hamas")).isEmpty();
    assertThat(h.follow(h.hamas).at("/improvement/answers").has("israel")).isFalse();
    assertThat(israel.at("/improvement/answers/israel").asText()).isEqualTo("accept");
    assertThat(votes(h.follow(h.hamas), "hamas"))
        .containsExactly("gaza-leadership", "political-office");
    assertThat(votes(h.follow(h.hamas), "israel")).isEmpty();
    assertThat(votes(h.follow(h.egypt), "israel")).hasSize(3);
    assertThat(votes(h.follow(h.egypt), "hamas")).hasSize(2);
    for (SeenEvent event : h.live.events(h.israel, 0)) {
      if (event.event() instanceof LiveEvent.RatifierVoted vote) {
        assertThat(vote.party()).isEqualTo("israel");
      }
      if (event.event() instanceof LiveEvent.ImprovementAnswered answer) {
        assertThat(answer.party()).isEqualTo("israel");
      }
    }
    // both sides see each constituency's decision
    assertThat(h.follow(h.israel).at("/ratification/parties/1/decision").asText())
        .isEqualTo("ratified");
  }

  @Test
  void aParty_seesItsOwnGain_onlyFromWhatItConfided() {
    JsonNode hamas = h.follow(h.hamas);
    Preferences confided =
        ConfidingJson.preferences(h.scenario.space(), Json.parseObject(HAMAS_PREFERENCES));
    var proposal = OutcomeCodec.read(hamas.at("/improvement/outcome"), h.scenario.space(), "x");
    var agreement = OutcomeCodec.read(hamas.get("agreement"), h.scenario.space(), "x");
    assertThat(hamas.at("/improvement/yourGain").asDouble())
        .isEqualTo(confided.utility().utility(proposal) - confided.utility().utility(agreement));
    assertThat(h.follow(h.israel).at("/improvement").has("yourGain")).isFalse();
    assertThat(h.follow(h.egypt).at("/improvement").has("yourGain")).isFalse();
  }

  @Test
  void aGuarantor_neverSeesAPartyRoom_aVote_anAnswer_orAStepItDoesNotGuarantee() {
    h.act(h.israel, Move.ANSWER_IMPROVEMENT, null, "{\"answer\":\"keep\"}");
    h.act(h.egypt, Move.BEGIN_IMPLEMENTATION, null, "{}");
    h.step(h.israel, Move.REPORT_STEP, "truce-begins", "{\"note\":\"paused\"}");
    h.step(h.egypt, Move.VERIFY_STEP, "truce-begins", "{}");
    h.step(h.hamas, Move.REPORT_STEP, "first-release", "{}");
    h.step(h.qatar, Move.DISPUTE_STEP, "first-release", "{\"reason\":\"fewer than agreed\"}");
    h.step(h.egypt, Move.DECLARE_BREACH, "first-release", "{\"reason\":\"fewer than agreed\"}");
    h.step(h.unitedStates, Move.REPORT_STEP, "guarantees-signed", "{}");

    List<String> stepsOfQatar = new ArrayList<>();
    for (SeenEvent seen : h.live.events(h.qatar, 0)) {
      LiveEvent event = seen.event();
      assertThat(GUARANTOR_READS).as(event.toString()).contains(event.type().wire());
      String step = step(event);
      if (step != null && !(event instanceof LiveEvent.StepBreached)) {
        stepsOfQatar.add(step);
      }
      if (event instanceof LiveEvent.ParticipantInvited invited) {
        assertThat(invited.participant()).isEqualTo("qatar");
      }
    }
    assertThat(stepsOfQatar).containsOnly("first-release");
    JsonNode view = h.view(h.qatar);
    assertThat(view.get("texts")).isEmpty();
    assertThat(view.get("responses")).isEmpty();
    assertThat(view.get("messages")).isEmpty();
    assertThat(view.get("preferences").isNull()).isTrue();
    JsonNode follow = view.get("followThrough");
    assertThat(follow.get("plan")).hasSize(7);
    assertThat(follow.get("steps").findValuesAsText("id"))
        .containsExactly("first-release", "remaining-release");
    assertThat(follow.get("breaches").findValuesAsText("step")).containsExactly("first-release");
    assertThat(votes(follow, "israel")).isEmpty();
    assertThat(votes(follow, "hamas")).isEmpty();
    assertThat(follow.get("improvement").isNull()).isTrue();
    assertThat(follow.get("agreement")).isEqualTo(h.follow(h.israel).get("agreement"));

    // the rule behind it: every stored event a guarantor reads is addressed to it or to everyone
    for (StoredEvent stored : h.store.read(h.id)) {
      if (stored.recipients().contains("qatar")) {
        assertThat(GUARANTOR_READS).as(stored.type()).contains(stored.type());
      }
    }
  }

  @Test
  void aRestart_foldsTheLogBackIntoTheSameRooms() {
    h.act(h.israel, Move.ANSWER_IMPROVEMENT, null, "{\"answer\":\"accept\"}");
    h.act(h.hamas, Move.ANSWER_IMPROVEMENT, null, "{\"answer\":\"accept\"}");
    h.act(h.egypt, Move.BEGIN_IMPLEMENTATION, null, "{}");
    h.step(h.israel, Move.REPORT_STEP, "truce-begins", "{}");
    h.step(h.unitedStates, Move.DISPUTE_STEP, "truce-begins", "{\"reason\":\"strikes\"}");
    h.step(h.egypt, Move.RESOLVE_DISPUTE, "truce-begins", "{\"resolution\":\"redo\"}");
    h.step(h.israel, Move.REPORT_STEP, "truce-begins", "{}");
    h.step(h.unitedStates, Move.DISPUTE_STEP, "truce-begins", "{\"reason\":\"again\"}");
    h.step(h.egypt, Move.DECLARE_BREACH, "truce-begins", "{\"reason\":\"no pause\"}");
    List<Viewer> all = List.of(h.egypt, h.unitedStates, h.qatar, h.israel, h.hamas);
    List<JsonNode> before = all.stream().map(v -> (JsonNode) h.view(v)).toList();
    h.restart();
    List<JsonNode> after = all.stream().map(v -> (JsonNode) h.view(v)).toList();
    assertThat(after).isEqualTo(before);
    assertThat(after.get(0).at("/followThrough/phase").asText()).isEqualTo("implementing");
    assertThat(after.get(0).at("/followThrough/improvementsAdopted").asInt()).isEqualTo(1);
    // and the restarted server goes on from the folded state
    assertThat(h.refused(h.israel, Move.REPORT_STEP, "truce-begins", "{}").getMessage())
        .contains("is breached");
  }

  private static List<String> votes(JsonNode follow, String party) {
    for (JsonNode node : follow.at("/ratification/parties")) {
      if (node.get("party").asText().equals(party)) {
        return node.get("votes").findValuesAsText("ratifier");
      }
    }
    return List.of();
  }

  private static String step(LiveEvent event) {
    if (event instanceof LiveEvent.StepReported e) {
      return e.step();
    }
    if (event instanceof LiveEvent.StepVerified e) {
      return e.step();
    }
    if (event instanceof LiveEvent.StepDisputed e) {
      return e.step();
    }
    if (event instanceof LiveEvent.DisputeResolved e) {
      return e.step();
    }
    if (event instanceof LiveEvent.StepBreached e) {
      return e.step();
    }
    return null;
  }
}
