package io.parley.cli;

import io.parley.analysis.Improvement;
import io.parley.analysis.Relaxation;
import io.parley.implementation.ImplementationReport;
import io.parley.implementation.Sequence;
import io.parley.implementation.StepReport;
import io.parley.outcome.Outcome;
import io.parley.ratification.RatificationReport;
import io.parley.ratification.WinSet;
import io.parley.scenario.Scenario;
import io.parley.settlement.Settlement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The readable settlement sections {@code parley analyze} prints after the analysis. */
final class SettlementText {
  private final Scenario scenario;
  private final List<String> parties;
  private final PrintWriter out;

  private SettlementText(Scenario scenario, PrintWriter out) {
    this.scenario = scenario;
    this.parties = scenario.negotiatingParties();
    this.out = out;
  }

  /** Prints {@code settlement}; nothing when it is empty. */
  static void print(Scenario scenario, Settlement settlement, PrintWriter out) {
    new SettlementText(scenario, out).print(settlement);
  }

  private void print(Settlement s) {
    if (s.agreement().isPresent()) {
      improvement(s.agreement().get(), s.improvement().orElseThrow());
    }
    s.implementation().ifPresent(this::implementation);
    s.ratification().ifPresent(this::ratification);
    for (String note : s.notes()) {
      out.println("Note: " + note);
    }
    out.flush();
  }

  private void improvement(Outcome agreement, Optional<Improvement> improvement) {
    out.println();
    out.println("Post-settlement improvement of the agreement " + describe(agreement) + ":");
    if (improvement.isEmpty()) {
      out.println(
          "  None: no package that keeps every red line is better for every party than the"
              + " agreement.");
      return;
    }
    Improvement i = improvement.get();
    out.println("  Every party gains by moving to " + describe(i.outcome()) + ":");
    for (int p = 0; p < parties.size(); p++) {
      out.printf(
          Locale.ROOT,
          "    %-12s %s (gains %s)%n",
          parties.get(p),
          fmt(i.utilities().get(p)),
          fmt(i.gains().get(p)));
    }
    out.println(
        "  It is the package that maximises the product of the gains ("
            + fmt(i.value())
            + "); each party may still keep the agreement.");
  }

  private void implementation(ImplementationReport r) {
    out.println();
    String source =
        switch (r.termsSource()) {
          case "plan" -> "the terms the plan names";
          case "nash" -> "the Nash package";
          default -> "the agreement given";
        };
    out.println("Implementation plan, carrying out " + source + ": " + describe(r.terms()));
    if (!r.termsFeasible()) {
      out.println("  (these terms break a red line as the scenario stands)");
    }
    sequence("Planned order", r.planned());
    if (r.best().order().equals(r.planned().order())) {
      out.println("  The planned order already keeps the largest exposure as small as possible.");
    } else {
      sequence("Order with the smallest largest exposure", r.best());
    }
  }

  private void sequence(String title, Sequence s) {
    out.println(
        "  "
            + title
            + ": largest exposure "
            + fmt(s.largestExposure())
            + "; "
            + (s.selfEnforcing()
                ? "self-enforcing (no party gains by defecting at any step)"
                : "NOT self-enforcing"));
    for (StepReport step : s.steps()) {
      List<String> exposure = new ArrayList<>();
      for (Map.Entry<String, Double> e : step.exposure().entrySet()) {
        exposure.add(e.getKey() + " " + fmt(e.getValue()));
      }
      String defection =
          step.defectionGain().isEmpty()
              ? ""
              : step.defectionPays()
                  ? "; "
                      + step.performer()
                      + " gains "
                      + fmt(step.defectionGain().getAsDouble())
                      + " by defecting here"
                  : "";
      out.println(
          "    "
              + step.step()
              + (step.phase().isEmpty() ? "" : " [phase " + step.phase() + "]")
              + " by "
              + step.performer()
              + ": exposure after it "
              + String.join(", ", exposure)
              + defection);
    }
  }

  private void ratification(RatificationReport r) {
    out.println();
    out.println("Ratification (win-sets: the outcomes each side's ratifiers accept):");
    for (WinSet w : r.winSets()) {
      out.println(
          "  "
              + w.party()
              + " ("
              + w.rule()
              + " of "
              + String.join(", ", w.ratifiers())
              + "): ratifies "
              + w.outcomes().map(Object::toString).orElse("an uncounted number of")
              + " outcomes, "
              + w.inZone().map(Object::toString).orElse("an uncounted number")
              + " of them in the zone of agreement");
    }
    out.println(
        "  Zone that survives ratification: "
            + r.zone().map(Object::toString).orElse("not counted")
            + " outcomes");
    if (r.deadlock().isPresent()) {
      out.println("  " + r.deadlock().get().summary());
      for (Relaxation relaxation : r.deadlock().get().relaxations()) {
        out.println(
            "    - "
                + relaxation.description()
                + relaxation.zopa().map(z -> " (reopens " + z + " outcomes)").orElse(""));
      }
    }
    r.notes().forEach(note -> out.println("  Note: " + note));
  }

  private String describe(Outcome outcome) {
    List<String> parts = new ArrayList<>();
    for (var entry : outcome.describe(scenario.space()).entrySet()) {
      parts.add(entry.getKey() + "=" + entry.getValue());
    }
    return String.join(", ", parts);
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
