package io.parley.settlement;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Renders follow-through events for {@code parley run}: transcript lines that continue the
 * negotiation's numbering, and JSON Lines that continue its events file with the same fields
 * ({@code seq}, {@code time}, {@code round}, {@code sender}, {@code recipients}, {@code type}) and
 * the event's own.
 */
public final class FollowThroughText {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final Scenario scenario;

  /** A renderer for events of {@code scenario}. */
  public FollowThroughText(Scenario scenario) {
    this.scenario = scenario;
  }

  /** The transcript line of {@code event}, numbered {@code sequence} in round {@code round}. */
  public String render(FollowThroughEvent event, long sequence, int round) {
    String prefix = String.format(Locale.ROOT, "%4d  r%-3d ", sequence, round);
    String text;
    if (event instanceof FollowThroughEvent.RatifierVoted v) {
      text =
          "Ratification: "
              + name(v.actor())
              + " ("
              + name(v.party())
              + ") votes "
              + (v.accepts() ? "to ratify" : "against");
    } else if (event instanceof FollowThroughEvent.RatificationDecided d) {
      text =
          "Ratification: "
              + name(d.actor())
              + "'s constituency "
              + (d.ratified() ? "RATIFIES" : "REJECTS")
              + " the agreement ("
              + d.rule()
              + ")"
              + (d.ratified() ? "" : "; no deal");
    } else if (event instanceof FollowThroughEvent.StepCarriedOut s) {
      text =
          "Step "
              + s.step()
              + (s.phase().isEmpty() ? "" : " [phase " + s.phase() + "]")
              + ": "
              + name(s.actor())
              + " carries it out"
              + (s.description().isEmpty() ? "" : ": " + s.description());
    } else if (event instanceof FollowThroughEvent.StepDefected s) {
      text =
          "BREACH: "
              + name(s.actor())
              + " defects at step "
              + s.step()
              + "; the implementation stops";
    } else if (event instanceof FollowThroughEvent.GuaranteeEnforced g) {
      text =
          "Guarantee: "
              + name(g.actor())
              + " imposes a penalty of "
              + String.format(Locale.ROOT, "%.4f", g.penalty())
              + " on "
              + name(g.defector())
              + " for step "
              + g.step();
    } else {
      var a = (FollowThroughEvent.StepAbandoned) event;
      text = "Step " + a.step() + " (" + name(a.actor()) + ") is not carried out";
    }
    return prefix + text;
  }

  /** {@code event} as one line of JSON, without the line break. */
  public String jsonLine(FollowThroughEvent event, long sequence, double time, int round) {
    var out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("seq", sequence);
      g.writeNumberField("time", time);
      g.writeNumberField("round", round);
      g.writeStringField("sender", event.actor());
      g.writeArrayFieldStart("recipients");
      for (Party party : scenario.parties()) {
        g.writeString(party.id());
      }
      g.writeEndArray();
      g.writeStringField("type", event.type());
      fields(g, event);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void fields(JsonGenerator g, FollowThroughEvent event) throws IOException {
    if (event instanceof FollowThroughEvent.RatifierVoted v) {
      g.writeStringField("party", v.party());
      g.writeBooleanField("accepts", v.accepts());
    } else if (event instanceof FollowThroughEvent.RatificationDecided d) {
      g.writeStringField("rule", d.rule());
      g.writeBooleanField("ratified", d.ratified());
    } else if (event instanceof FollowThroughEvent.StepCarriedOut s) {
      g.writeStringField("step", s.step());
      g.writeStringField("phase", s.phase());
      g.writeStringField("what", s.description());
    } else if (event instanceof FollowThroughEvent.StepDefected s) {
      g.writeStringField("step", s.step());
    } else if (event instanceof FollowThroughEvent.GuaranteeEnforced e) {
      g.writeStringField("step", e.step());
      g.writeStringField("defector", e.defector());
      g.writeNumberField("penalty", e.penalty());
    } else if (event instanceof FollowThroughEvent.StepAbandoned a) {
      g.writeStringField("step", a.step());
    }
  }

  private String name(String id) {
    List<Party> parties = scenario.parties();
    for (Party party : parties) {
      if (party.id().equals(id)) {
        return party.name();
      }
    }
    return scenario.followThrough().ratification().stream()
        .flatMap(r -> r.constituencies().stream())
        .flatMap(c -> c.ratifiers().stream())
        .filter(r -> r.id().equals(id))
        .map(r -> r.name())
        .findFirst()
        .orElse(id);
  }
}
