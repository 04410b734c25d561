package io.parley.protocol;

import io.parley.event.Payload;
import io.parley.session.Session;
import java.util.ArrayList;
import java.util.List;

/** The payloads that open and adjourn sessions. */
final class SessionEvents {
  private SessionEvents() {}

  static Payload.SessionOpened opened(Session session, List<String> parties) {
    List<String> attending = new ArrayList<>();
    for (String party : parties) {
      if (!session.absent().contains(party)) {
        attending.add(party);
      }
    }
    return new Payload.SessionOpened(
        session.name(),
        session.venue(),
        session.date(),
        session.mode().key(),
        attending,
        session.absent());
  }

  static Payload.SessionAdjourned adjourned(Session session, Session next) {
    return new Payload.SessionAdjourned(session.name(), next.venue(), next.date());
  }
}
