package io.parley.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static final Timeline THREE_SESSIONS =
      new Timeline(
          List.of(
              Session.plenary("opening", 2),
              new Session("shuttle", "Geneva", "Tuesday", 3, SessionMode.SHUTTLE, "", List.of()),
              Session.plenary("closing", 4)));

  @Test
  void rounds_sumsEverySession() {
    assertThat(THREE_SESSIONS.rounds()).isEqualTo(9);
    assertThat(Timeline.single(100).rounds()).isEqualTo(100);
  }

  @Test
  void sessionBoundaries_numberRoundsAcrossSessions() {
    assertThat(THREE_SESSIONS.sessionOf(2).name()).isEqualTo("opening");
    assertThat(THREE_SESSIONS.sessionOf(3).name()).isEqualTo("shuttle");
    assertThat(THREE_SESSIONS.sessionOf(9).name()).isEqualTo("closing");
    assertThat(THREE_SESSIONS.opensSession(3)).isTrue();
    assertThat(THREE_SESSIONS.closesSession(5)).isTrue();
    assertThat(THREE_SESSIONS.nextAfter(5).map(Session::name)).contains("closing");
    assertThat(THREE_SESSIONS.nextAfter(9)).isEmpty();
  }
}
