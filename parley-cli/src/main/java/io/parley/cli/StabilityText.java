package io.parley.cli;

import io.parley.stability.ConflictOption;
import io.parley.stability.DecisionMaker;
import io.parley.stability.GraphModel;
import io.parley.stability.StabilityConcept;
import io.parley.stability.StabilityResult;
import io.parley.stability.State;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The text output of {@code parley stability}. */
final class StabilityText {
  private StabilityText() {}

  static void print(StabilityResult result, PrintWriter out) {
    GraphModel model = result.model();
    List<DecisionMaker> dms = model.decisionMakers();
    out.printf(
        "Model: %s (%d decision makers, %d options, %d states)%n",
        model.name(), dms.size(), model.options().size(), model.states().size());
    List<String> options = new ArrayList<>();
    for (ConflictOption option : model.options()) {
      options.add(option.id() + " (" + option.owner() + ")");
    }
    out.println("Options, in the order of the Y/N letters: " + String.join(", ", options));
    List<String> ids = dms.stream().map(DecisionMaker::id).toList();
    out.println(
        "Marks per concept, one per decision maker ("
            + String.join(", ", ids)
            + "): + stable, - not stable");
    int width = Math.max(5, model.options().size());
    int column = Math.max(5, dms.size() + 1);
    var header = new StringBuilder(pad("state", width));
    for (StabilityConcept concept : StabilityConcept.values()) {
      header.append("  ").append(pad(concept.title(), column));
    }
    out.println();
    out.println(header.append("  equilibrium under").toString().stripTrailing());
    for (State state : model.states()) {
      var line = new StringBuilder(pad(state.label(), width));
      List<String> equilibria = new ArrayList<>();
      for (StabilityConcept concept : StabilityConcept.values()) {
        var marks = new StringBuilder();
        for (int dm = 0; dm < dms.size(); dm++) {
          marks.append(result.stable(concept, dm, state.index()) ? '+' : '-');
        }
        line.append("  ").append(pad(marks.toString(), column));
        if (result.equilibrium(concept, state.index())) {
          equilibria.add(concept.title());
        }
      }
      line.append("  ").append(String.join(" ", equilibria));
      out.println(line.toString().stripTrailing());
    }
    out.println();
    out.println("Equilibria:");
    list(out, result::equilibria);
    out.println("Coalition equilibria (no coalition gains without a sanction):");
    list(out, result::coalitionEquilibria);
  }

  private static void list(PrintWriter out, Function<StabilityConcept, List<State>> equilibria) {
    for (StabilityConcept concept : StabilityConcept.values()) {
      List<String> labels = equilibria.apply(concept).stream().map(State::label).toList();
      out.printf(
          "  %-5s %s%n",
          concept.title() + ":", labels.isEmpty() ? "none" : String.join(", ", labels));
    }
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
