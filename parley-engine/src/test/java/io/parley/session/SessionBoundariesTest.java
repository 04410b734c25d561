package io.parley.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every round of a three-session timeline against its session, its opening and closing, and the
 * session after it; and what a session and a mode refuse.
 */
class SessionBoundariesTest {
  // Rounds 1-2 "opening", 3-5 "shuttle", 6-9 "closing".
  private static final Timeline TIMELINE =
      new Timeline(
          List.of(
              Session.plenary("opening", 2),
              new Session("shuttle", "Geneva", "Tuesday", 3, SessionMode.SHUTTLE, "", List.of()),
              Session.plenary("closing", 4)));

  @Test
  void everyRound_hasItsSessionItsBoundariesAndTheSessionAfterIt() {
    List<String> rows = new ArrayList<>();
    for (int round = 1; round <= 9; round++) {
      rows.add(
          round
              + " "
              + TIMELINE.sessionOf(round).name()
              + (TIMELINE.opensSession(round) ? " opens" : "")
              + (TIMELINE.closesSession(round) ? " closes" : "")
              + " next "
              + TIMELINE.nextAfter(round).map(Session::name).orElse("-"));
    }
    assertThat(rows)
        .containsExactly(
            "1 opening opens next shuttle",
            "2 opening closes next shuttle",
            "3 shuttle opens next closing",
            "4 shuttle next closing",
            "5 shuttle closes next closing",
            "6 closing opens next -",
            "7 closing next -",
            "8 closing next -",
            "9 closing closes next -");
    assertThat(TIMELINE.opensSession(10)).isFalse();
    assertThat(TIMELINE.closesSession(10)).isFalse();
    assertThat(TIMELINE.nextAfter(10)).isEmpty();
    assertThatThrownBy(() -> TIMELINE.sessionOf(10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("round 10 is after the last session");
    assertThat(Timeline.single(1).opensSession(1)).isTrue();
    assertThat(Timeline.single(1).closesSession(1)).isTrue();
    assertThat(Timeline.single(1).sessions()).containsExactly(Session.plenary("talks", 1));
  }

  @Test
  void timeline_needsASessionAndKeepsItsOwnCopy() {
    assertThatThrownBy(() -> new Timeline(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a timeline needs at least one session");
    List<Session> sessions = new ArrayList<>(List.of(Session.plenary("a", 1)));
    Timeline timeline = new Timeline(sessions);
    sessions.add(Session.plenary("b", 1));
    assertThat(timeline.rounds()).isEqualTo(1);
  }

  @Test
  void session_needsANameAndARoundAndFillsInBlanks() {
    assertThatThrownBy(() -> Session.plenary(" ", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a session needs a name");
    assertThatThrownBy(() -> Session.plenary(null, 1)).hasMessage("a session needs a name");
    assertThatThrownBy(() -> Session.plenary("s", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("session 's' has 0 rounds; expected at least 1");
    assertThat(Session.plenary("s", 1).rounds()).isEqualTo(1);
    List<String> absent = new ArrayList<>(List.of("p1"));
    var session = new Session("s", null, null, 2, SessionMode.PLENARY, null, absent);
    absent.clear();
    assertThat(session.venue()).isEmpty();
    assertThat(session.date()).isEmpty();
    assertThat(session.broker()).isEmpty();
    assertThat(session.absent()).containsExactly("p1");
    var plenary = Session.plenary("p", 3);
    assertThat(List.of(plenary.venue(), plenary.date(), plenary.broker())).containsOnly("");
    assertThat(plenary.mode()).isEqualTo(SessionMode.PLENARY);
    assertThat(plenary.absent()).isEmpty();
    assertThat(Optional.of(plenary.rounds())).contains(3);
  }

  @Test
  void mode_isReadByItsKey() {
    assertThat(SessionMode.of("plenary")).isEqualTo(SessionMode.PLENARY);
    assertThat(SessionMode.of("shuttle")).isEqualTo(SessionMode.SHUTTLE);
    assertThat(SessionMode.SHUTTLE.key()).isEqualTo("shuttle");
    assertThat(SessionMode.PLENARY.key()).isEqualTo("plenary");
    assertThatThrownBy(() -> SessionMode.of("Plenary"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown session mode 'Plenary'; expected plenary or shuttle");
  }
}
