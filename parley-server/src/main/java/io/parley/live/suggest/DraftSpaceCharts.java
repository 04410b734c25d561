package io.parley.live.suggest;

import io.parley.analysis.UtilityScale;
import io.parley.live.LiveException;
import io.parley.live.consent.MediatorBasis;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Suggestion;
import io.parley.live.state.Text;
import io.parley.live.views.UtilitySpaceView;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.report.DraftSpaceChart;
import io.parley.report.DraftSpaceChart.FrontierPoint;
import io.parley.report.DraftSpaceChart.Kind;
import io.parley.report.DraftSpaceChart.Mark;
import io.parley.report.DraftSpaceFigure;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The one model of the mediators' draft-space chart: which frontier points lie in the zone of
 * agreement, which drafts cross a red line the mediators may know of, and the chart of two parties
 * drawn as SVG by the report package ({@link DraftSpaceFigure}, the drawing {@code analyze --plot}
 * shares). The pages place the SVG as it is and list the same points in a table; they compute
 * nothing.
 *
 * <p>Consent: everything comes from the {@link MediatorBasis}. A confided reservation the mediators
 * may not see is neither drawn nor used to mark frontier points as in the zone; a party's red lines
 * count only when the mediators may know them: the scenario's (for a party that has not confided,
 * or confided for suggestions only) or confided ones under consent {@code full}. For a party that
 * confided under consent {@code utilities} a draft's red lines are "not known".
 */
final class DraftSpaceCharts {
  /**
   * The most frontier points the SVG draws; a larger frontier is thinned evenly for the picture
   * (the answer's numbers and the table keep every point the answer lists).
   */
  static final int MAX_DRAWN = 400;

  private DraftSpaceCharts() {}

  /**
   * Whether every party gets at least the reservation the mediators may see of it at {@code
   * utilities} (in the basis's party order), compared in the analysis's utility ticks ({@link
   * UtilityScale}).
   */
  static boolean inZone(
      MediatorBasis consented, Map<String, Preferences> basis, double[] utilities) {
    List<String> parties = consented.parties();
    for (int p = 0; p < parties.size(); p++) {
      String party = parties.get(p);
      if (usesReservation(consented, party)
          && UtilityScale.toTicks(utilities[p])
              < UtilityScale.toTicks(basis.get(party).reservation())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the zone marks may use {@code party}'s reservation as the basis holds it: the
   * scenario's (the mediation team's own estimate, also for a party that confided for suggestions
   * only), or a confided one the party lets the mediators see.
   */
  static boolean usesReservation(MediatorBasis consented, String party) {
    return consented.source(party) != MediatorBasis.Source.CONFIDED
        || consented.showsReservation(party);
  }

  /** Whether the mediators may know {@code party}'s red lines. */
  static boolean knowsRedLines(MediatorBasis consented, String party) {
    return consented.source(party) != MediatorBasis.Source.CONFIDED
        || consented.fullPreferences().containsKey(party);
  }

  /** Checks {@code outcome} against every red line the mediators may know. */
  static UtilitySpaceView.RedLines check(
      MediatorBasis consented, Map<String, Preferences> basis, Outcome outcome) {
    List<String> crossedBy = new ArrayList<>();
    List<String> notKnownFor = new ArrayList<>();
    int[] values = outcome.valueIndices();
    for (String party : consented.parties()) {
      if (!knowsRedLines(consented, party)) {
        notKnownFor.add(party);
      } else if (!basis.get(party).allows(values)) {
        crossedBy.add(party);
      }
    }
    return new UtilitySpaceView.RedLines(crossedBy, notKnownFor);
  }

  /**
   * The chart of two parties: who is across and up, the zone's verdict in words and the SVG; empty
   * with fewer than two parties.
   *
   * @param drawn the frontier points listed in the answer, utilities in the basis's party order
   */
  static Optional<UtilitySpaceView.Chart> draw(
      MediatorBasis consented,
      ChartFrontier frontier,
      List<double[]> drawn,
      Negotiation mediatorState,
      Optional<String> across,
      Optional<String> up) {
    List<String> parties = consented.parties();
    if (parties.size() < 2) {
      return Optional.empty();
    }
    String x = across.orElse(parties.get(0));
    String y = up.orElse(parties.get(x.equals(parties.get(0)) ? 1 : 0));
    for (String party : List.of(x, y)) {
      if (!parties.contains(party)) {
        throw new LiveException(
            LiveException.Kind.BAD_INPUT,
            "'" + party + "' is not a negotiating party; the chart's axes are two of " + parties);
      }
    }
    if (x.equals(y)) {
      throw new LiveException(
          LiveException.Kind.BAD_INPUT,
          "the chart needs two different parties across and up, got '" + x + "' twice");
    }
    int xi = parties.indexOf(x);
    int yi = parties.indexOf(y);
    Map<String, Preferences> basis = consented.preferences();
    List<FrontierPoint> points = new ArrayList<>();
    int step = Math.max(1, (drawn.size() + MAX_DRAWN - 1) / MAX_DRAWN);
    for (int k = 0; k < drawn.size(); k += step) {
      double[] point = drawn.get(k);
      points.add(new FrontierPoint(point[xi], point[yi], inZone(consented, basis, point)));
    }
    List<Mark> marks = new ArrayList<>();
    List<Text> texts = mediatorState.texts();
    for (int i = 0; i < texts.size(); i++) {
      Outcome outcome = texts.get(i).outcome();
      marks.add(
          new Mark(
              Kind.DRAFT,
              "v" + texts.get(i).version(),
              basis.get(x).utility().utility(outcome),
              basis.get(y).utility().utility(outcome),
              i == texts.size() - 1,
              check(consented, basis, outcome).crosses()));
    }
    List<Suggestion> made = mediatorState.suggestions();
    if (!made.isEmpty()) {
      Suggestion latest = made.get(made.size() - 1);
      for (String name : Suggestions.ORDER) {
        latest
            .outcome(name)
            .ifPresent(
                outcome ->
                    marks.add(
                        new Mark(
                            Kind.PACKAGE,
                            SHORT.getOrDefault(name, name),
                            basis.get(x).utility().utility(outcome),
                            basis.get(y).utility().utility(outcome),
                            false,
                            Optional.empty())));
      }
    }
    String summary = summary(frontier);
    Scenario scenario = consented.scenario();
    DraftSpaceChart chart =
        new DraftSpaceChart(
            "Drafts and possible deals: "
                + name(scenario, x)
                + " across, "
                + name(scenario, y)
                + " up",
            name(scenario, x),
            name(scenario, y),
            points,
            DraftSpaceChart.Zone.valueOf(frontier.zone().name()),
            summary,
            reservation(consented, basis, x),
            reservation(consented, basis, y),
            marks);
    return Optional.of(
        new UtilitySpaceView.Chart(x, y, summary, DraftSpaceFigure.inlineSvg(chart)));
  }

  private static final Map<String, String> SHORT =
      Map.of("nash", "Nash", "kalai-smorodinsky", "K–S", "egalitarian", "egalitarian");

  /** The zone's verdict as a sentence: it exists, there is none (and why), or it is not known. */
  static String summary(ChartFrontier frontier) {
    return switch (frontier.zone()) {
      case EXISTS ->
          "A zone of agreement exists: the green frontier points give every party at least its"
              + " reservation.";
      case EMPTY ->
          "There is no zone of agreement: "
              + frontier.note().orElse("no outcome fits every party")
              + ".";
      case UNKNOWN ->
          "Whether a zone of agreement exists is not known: "
              + frontier.note().orElse("the frontier is too large to compute")
              + ".";
    };
  }

  private static OptionalDouble reservation(
      MediatorBasis consented, Map<String, Preferences> basis, String party) {
    return consented.showsReservation(party)
        ? OptionalDouble.of(basis.get(party).reservation())
        : OptionalDouble.empty();
  }

  private static String name(Scenario scenario, String party) {
    for (Party p : scenario.parties()) {
      if (p.id().equals(party)) {
        return p.name();
      }
    }
    return party;
  }
}
