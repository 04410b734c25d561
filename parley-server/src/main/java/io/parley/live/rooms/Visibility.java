package io.parley.live.rooms;

import io.parley.live.events.LiveEvent;
import io.parley.live.log.LoggedEvent;
import io.parley.scenario.Role;
import java.util.List;
import java.util.Optional;

/**
 * The one visibility filter: every read of a live negotiation — the room view, the event list, the
 * event stream, the agreement and the differences between texts — is built only from what this
 * class lets through. Its rules, in full:
 *
 * <ol>
 *   <li>A participant sees an event when its id is among the event's recipients, or when it has
 *       role mediator and the recipients include {@link #MEDIATOR} (the mediation team).
 *   <li>A payload's {@value #SEALED} part (invitation token hashes, the scenario's text, confided
 *       preferences) is shown to no one, except that a party sees the sealed part of an event it
 *       caused itself (so a party reads back the preferences it confided).
 *   <li>Whoever is not a mediator never sees an event's list of addressees: a payload's {@value
 *       #TO} list is shown to it as its own id alone (or as written, on a message it sent itself to
 *       the mediators).
 * </ol>
 *
 * <p>The server itself ({@link #SYSTEM}) reads every event in full through {@link #full}; that form
 * never leaves the domain.
 */
public final class Visibility {
  /** The recipient that stands for every participant with role mediator. */
  public static final String MEDIATOR = "mediator";

  /** The server itself: actor of automatic events, recipient of secrets. */
  public static final String SYSTEM = "system";

  /** The payload field shown to no participant but the party that caused the event. */
  public static final String SEALED = "sealed";

  /** The payload field listing addressees, shown only to mediators. */
  public static final String TO = "to";

  private Visibility() {}

  /** The event as {@code viewer} may see it, or empty when it may not see it at all. */
  public static Optional<SeenEvent> see(Viewer viewer, LoggedEvent event) {
    boolean addressed =
        event.stored().recipients().contains(viewer.participant())
            || viewer.role() == Role.MEDIATOR && event.stored().recipients().contains(MEDIATOR);
    if (!addressed || viewer.participant().equals(SYSTEM)) {
      return Optional.empty();
    }
    LiveEvent seen = event.event();
    boolean ownSecret = viewer.role() == Role.PARTY && event.actor().equals(viewer.participant());
    if (!ownSecret) {
      seen = seen.unsealed();
    }
    if (viewer.role() != Role.MEDIATOR && seen instanceof LiveEvent.Addressed addressedEvent) {
      boolean named = addressedEvent.to().contains(viewer.participant());
      boolean ownToMediators = event.actor().equals(viewer.participant()) && !named;
      if (!ownToMediators) {
        seen = addressedEvent.withTo(named ? List.of(viewer.participant()) : List.of());
      }
    }
    return Optional.of(seen(event, seen));
  }

  /** The event in full, for the server's own decisions; never shown to a participant. */
  public static SeenEvent full(LoggedEvent event) {
    return seen(event, event.event());
  }

  private static SeenEvent seen(LoggedEvent event, LiveEvent seen) {
    return new SeenEvent(event.seq(), event.stored().time(), event.actor(), seen, event.space());
  }
}
