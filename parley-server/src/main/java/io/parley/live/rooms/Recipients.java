package io.parley.live.rooms;

import io.parley.live.events.Participant;
import io.parley.live.rules.Rulebook;
import io.parley.live.state.Negotiation;
import io.parley.scenario.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may read an event: the recipient lists the {@link Rulebook} writes (see {@link Visibility}).
 */
public final class Recipients {
  private Recipients() {}

  /** The mediation team and {@code others}. */
  public static List<String> mediatorsAnd(String... others) {
    return mediatorsAnd(List.of(others));
  }

  /** The mediation team and {@code others}. */
  public static List<String> mediatorsAnd(List<String> others) {
    List<String> recipients = new ArrayList<>();
    recipients.add(Visibility.MEDIATOR);
    recipients.addAll(others);
    return recipients;
  }

  /** The mediation team and every participant who is not a mediator. */
  public static List<String> everyone(Negotiation state) {
    List<String> recipients = new ArrayList<>();
    recipients.add(Visibility.MEDIATOR);
    for (Participant participant : state.participants()) {
      if (participant.role() != Role.MEDIATOR) {
        recipients.add(participant.id());
      }
    }
    return recipients;
  }
}
