package io.parley.live.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.live.codec.EventCodec;
import io.parley.live.codec.SeenEventJson;
import io.parley.live.log.LoggedEvent;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Role;
import io.parley.store.StoredEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The visibility filter's three rules, one event at a time. */
class VisibilityTest {
  private static final Viewer EGYPT = Viewer.person("n1", "egypt", Role.MEDIATOR);
  private static final Viewer QATAR = Viewer.person("n1", "qatar", Role.MEDIATOR);
  private static final Viewer HAMAS = Viewer.person("n1", "hamas", Role.PARTY);
  private static final Viewer ISRAEL = Viewer.person("n1", "israel", Role.PARTY);

  private static final OutcomeSpace SPACE =
      new OutcomeSpace(List.of(new DiscreteIssue("i", "Issue", List.of("a", "b"))));

  private static LoggedEvent event(String type, String actor, List<String> to, String payload) {
    return LoggedEvent.of(
        new StoredEvent(
            "n1",
            7,
            "c",
            Instant.EPOCH,
            type,
            actor,
            to,
            payload,
            "0".repeat(64),
            "1".repeat(64),
            java.util.Optional.of("0123456789abcdef")),
        SPACE);
  }

  @Test
  void theMediationTeam_seesWhatIsAddressedToIt_andPartiesOnlyWhatNamesThem() {
    LoggedEvent draft =
        event(
            "text-drafted",
            "egypt",
            List.of("mediator"),
            "{\"version\":1,\"outcome\":{\"i\":\"a\"},\"note\":\"n\",\"robot\":false}");

    assertThat(Visibility.see(EGYPT, draft)).isPresent();
    assertThat(Visibility.see(QATAR, draft)).isPresent();
    assertThat(Visibility.see(HAMAS, draft)).isEmpty();
  }

  @Test
  void aSealedPart_isShownOnlyToThePartyThatCausedTheEvent() {
    LoggedEvent confided =
        event(
            "preferences-confided",
            "hamas",
            List.of("mediator", "hamas", "system"),
            "{\"party\":\"hamas\",\"confided\":true,\"sealed\":{\"preferences\":{\"reservation\":0.45,\"weights\":{\"i\":1},"
                + "\"scores\":{\"i\":{\"a\":1,\"b\":0}}}}}");

    assertThat(SeenEventJson.payload(Visibility.see(HAMAS, confided).orElseThrow()).has("sealed"))
        .isTrue();
    assertThat(SeenEventJson.payload(Visibility.see(EGYPT, confided).orElseThrow()).toString())
        .isEqualTo("{\"party\":\"hamas\",\"confided\":true}");
    assertThat(Visibility.see(ISRAEL, confided)).isEmpty();
  }

  @Test
  void tokenHashes_areSealedEvenFromTheMediatorWhoInvited() {
    LoggedEvent invited =
        event(
            "participant-invited",
            "egypt",
            List.of("mediator", "system"),
            "{\"participant\":\"hamas\",\"sealed\":{\"tokenHash\":\"abc\"}}");

    assertThat(SeenEventJson.payload(Visibility.see(EGYPT, invited).orElseThrow()).toString())
        .isEqualTo("{\"participant\":\"hamas\"}");
  }

  @Test
  void addresseeLists_areHiddenFromParties() {
    LoggedEvent released =
        event(
            "text-released",
            "egypt",
            List.of("mediator", "israel", "hamas"),
            "{\"version\":2,\"outcome\":{\"i\":\"b\"},\"note\":\"\",\"to\":[\"israel\",\"hamas\"]}");
    LoggedEvent own =
        event(
            "message-sent",
            "hamas",
            List.of("mediator", "hamas"),
            "{\"to\":[\"mediator\"],\"text\":\"hello\"}");

    assertThat(
            SeenEventJson.payload(Visibility.see(HAMAS, released).orElseThrow())
                .get("to")
                .toString())
        .isEqualTo("[\"hamas\"]");
    assertThat(
            SeenEventJson.payload(Visibility.see(EGYPT, released).orElseThrow())
                .get("to")
                .toString())
        .isEqualTo("[\"israel\",\"hamas\"]");
    assertThat(SeenEventJson.payload(Visibility.see(HAMAS, own).orElseThrow()).get("to").toString())
        .isEqualTo("[\"mediator\"]");
  }

  @Test
  void seeing_neverChangesTheLoggedEvent() {
    String payload =
        "{\"party\":\"hamas\",\"confided\":true,\"sealed\":{\"preferences\":{\"reservation\":0.45,\"weights\":{\"i\":1},"
            + "\"scores\":{\"i\":{\"a\":1,\"b\":0}}}}}";
    LoggedEvent confided =
        event("preferences-confided", "hamas", List.of("mediator", "hamas", "system"), payload);
    Visibility.see(EGYPT, confided);
    Visibility.see(ISRAEL, confided);

    assertThat(confided.stored().payload()).isEqualTo(payload);
    assertThat(EventCodec.encode(confided.event(), SPACE).toString()).isEqualTo(payload);
  }

  /**
   * A mediator's private note (issue 16) is addressed to the mediation team alone: every mediator
   * reads it; no party and no guarantor does, in any form.
   */
  @Test
  void aPrivateNote_isReadByMediatorsOnly_neverByAPartyOrAGuarantor() {
    Viewer guarantor = Viewer.person("n1", "united-states", Role.GUARANTOR);
    LoggedEvent note =
        event("note-written", "egypt", List.of("mediator"), "{\"text\":\"Israel may move\"}");

    assertThat(Visibility.see(EGYPT, note)).isPresent();
    assertThat(Visibility.see(QATAR, note)).isPresent();
    assertThat(Visibility.see(HAMAS, note)).isEmpty();
    assertThat(Visibility.see(ISRAEL, note)).isEmpty();
    assertThat(Visibility.see(guarantor, note)).isEmpty();
  }
}
