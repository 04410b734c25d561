package io.parley.run;

import io.parley.event.End;
import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Amendment;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders events as a readable transcript, one line (or a few) per event, in display names. */
public final class TranscriptText {
  private final Scenario scenario;
  private final OutcomeSpace space;

  /** A renderer for events of {@code scenario}. */
  public TranscriptText(Scenario scenario) {
    this.scenario = scenario;
    this.space = scenario.space();
  }

  /** The transcript line(s) of one event. */
  public String render(Event e) {
    String who = name(e.sender());
    String prefix = String.format("%4d  r%-3d ", e.sequence(), e.round());
    Payload p = e.payload();
    String text;
    if (p instanceof Payload.SessionOpened s) {
      text =
          "== "
              + s.session()
              + (s.venue().isEmpty() ? "" : ", " + s.venue())
              + (s.date().isEmpty() ? "" : ", " + s.date())
              + (s.mode().equals("shuttle") ? " (shuttle)" : "")
              + ": attending "
              + names(s.attending())
              + (s.absent().isEmpty() ? "" : "; absent " + names(s.absent()));
    } else if (p instanceof Payload.SessionAdjourned s) {
      text =
          "== "
              + s.session()
              + " adjourns"
              + (s.nextVenue().isEmpty() && s.nextDate().isEmpty()
                  ? ""
                  : "; talks to resume"
                      + (s.nextVenue().isEmpty() ? "" : " in " + s.nextVenue())
                      + (s.nextDate().isEmpty() ? "" : " on " + s.nextDate()));
    } else if (p instanceof Payload.Offered o) {
      text = who + " offers " + outcome(o.outcome());
    } else if (p instanceof Payload.Accepted a) {
      text = who + " accepts " + outcome(a.outcome());
    } else if (p instanceof Payload.Rejected r) {
      text =
          who
              + " rejects text v"
              + r.version()
              + (r.reason().isEmpty() ? "" : ": " + r.reason())
              + privately(e);
    } else if (p instanceof Payload.Amended a) {
      text =
          who
              + " answers text v"
              + a.version()
              + " in writing, asking "
              + amendments(a.amendments())
              + privately(e);
    } else if (p instanceof Payload.TextDrafted t) {
      List<String> audience = new ArrayList<>(e.recipients());
      audience.removeIf(id -> id.equals(e.sender()) || isMediator(id));
      text =
          who + " puts text v" + t.version() + " to " + names(audience) + ": " + outcome(t.text());
    } else if (p instanceof Payload.Visited v) {
      text =
          who
              + " meets "
              + name(v.party())
              + (v.place().isEmpty() ? "" : " (" + v.place() + ")")
              + " alone, carrying text v"
              + v.version();
    } else if (p instanceof Payload.WalkedAway w) {
      text = who + " walks away" + (w.reason().isEmpty() ? "" : ": " + w.reason());
    } else if (p instanceof Payload.Faulted f) {
      text = "!! " + name(f.party()) + " failed (" + f.kind().key() + "): " + f.detail();
    } else if (p instanceof Payload.Ended end) {
      text =
          end.end() instanceof End.Agreement a
              ? "AGREEMENT on " + outcome(a.outcome())
              : "NO AGREEMENT (" + end.end().key() + "): " + ((End.NoAgreement) end.end()).detail();
    } else {
      text = p.type();
    }
    return prefix + text;
  }

  /** The amendments; a reason they all share is given once, at the end. */
  private String amendments(List<Amendment> amendments) {
    boolean shared = amendments.stream().map(Amendment::reason).distinct().count() == 1;
    List<String> changes = new ArrayList<>();
    for (Amendment amendment : amendments) {
      Amendment shown =
          shared ? new Amendment(amendment.issue(), amendment.value(), "") : amendment;
      changes.add(shown.describe(space));
    }
    String reason = amendments.get(0).reason();
    return String.join("; ", changes) + (shared && !reason.isEmpty() ? " (" + reason + ")" : "");
  }

  private String privately(Event e) {
    return " [private to "
        + names(e.recipients().stream().filter(id -> !id.equals(e.sender())).toList())
        + "]";
  }

  private boolean isMediator(String id) {
    return scenario.parties().stream()
        .anyMatch(p -> p.id().equals(id) && p.role() == io.parley.scenario.Role.MEDIATOR);
  }

  private String outcome(Outcome outcome) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Object> entry : outcome.describe(space).entrySet()) {
      parts.add(entry.getKey() + "=" + entry.getValue());
    }
    return "{" + String.join(", ", parts) + "}";
  }

  private String name(String id) {
    for (Party party : scenario.parties()) {
      if (party.id().equals(id)) {
        return party.name();
      }
    }
    return id;
  }

  private String names(List<String> ids) {
    List<String> names = new ArrayList<>();
    for (String id : ids) {
      names.add(name(id));
    }
    return names.isEmpty() ? "nobody" : String.join(", ", names);
  }
}
