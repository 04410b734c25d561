package io.parley.live.suggest;

import io.parley.live.consent.MediatorBasis;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Suggestion;
import io.parley.live.state.Text;
import io.parley.live.views.UtilitySpaceView;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the mediators' chart draws: each party's utility — from the preferences its consent lets the
 * mediators' views use — of the Pareto frontier's points, of every text version and of the latest
 * suggestion's packages, and the reservations the mediators may see. Utilities only: no weights,
 * scores, red lines or feasibility of single outcomes, which would let a reader rebuild a party's
 * preferences.
 *
 * <p>Everything is computed from the {@link MediatorBasis}, which holds only what the parties'
 * consent allows: a party that confided for suggestions only is drawn from the scenario's
 * preferences ({@code "basis": "withheld"}) without a reservation; a confided reservation appears
 * in {@code reservations} only by consent, and one the mediators may not see decides nothing they
 * are shown — neither a frontier point's zone mark nor whether a zone exists; likewise confided red
 * lines the mediators may not know (any consent short of full preferences) shape neither the
 * frontier nor the zone; a party that has not confided appears with the scenario's reservation,
 * which the mediation team wrote itself.
 */
public final class UtilitySpace {
  /** The most frontier points returned; a larger frontier is thinned evenly. */
  static final int MAX_POINTS = 2000;

  private UtilitySpace() {}

  /**
   * The utility space as the mediators see it.
   *
   * @param consented the parties' preferences as consent lets the mediators' views use them
   * @param mediatorState the negotiation as the mediators see it
   * @return every party's basis (scenario, confided or withheld), the reservations shown, the
   *     frontier, the zone ({@link ChartFrontier.Zone}) and the utilities of the texts and the
   *     latest suggestion's packages, every utility and reservation normalised to [0, 1]
   */
  public static UtilitySpaceView compute(MediatorBasis consented, Negotiation mediatorState) {
    return compute(consented, mediatorState, Optional.empty(), Optional.empty());
  }

  /**
   * The utility space as the mediators see it, with the chart of parties {@code across} and {@code
   * up} drawn ({@link DraftSpaceCharts}).
   *
   * @param across the party across; the first negotiating party when empty
   * @param up the party up; the second (or the first other than {@code across}) when empty
   * @throws io.parley.live.LiveException BAD_INPUT when either is not a negotiating party, or both
   *     are the same
   */
  public static UtilitySpaceView compute(
      MediatorBasis consented,
      Negotiation mediatorState,
      Optional<String> across,
      Optional<String> up) {
    Scenario scenario = consented.scenario();
    Map<String, Preferences> confided = consented.usableConfided();
    Map<String, Preferences> basis = consented.preferences();
    List<String> parties = consented.parties();
    List<String> sources = new ArrayList<>();
    Scenario withConfided = scenario;
    // consent: a reservation the mediators may not use decides nothing they see, the zone included
    List<String> unseenReservations = new ArrayList<>();
    List<String> unseenRedLines = new ArrayList<>();
    for (String party : parties) {
      sources.add(consented.source(party).wire());
      Preferences drawn = basis.get(party);
      if (!DraftSpaceCharts.usesReservation(consented, party)) {
        unseenReservations.add(party);
        drawn = drawn.withReservation(0);
      }
      if (!DraftSpaceCharts.knowsRedLines(consented, party)) {
        // consent: red lines the mediators may not know shape nothing they see — a frontier
        // drawn without the outcomes they exclude would show where they lie
        unseenRedLines.add(party);
        drawn = drawn.withRedLines(List.of());
      }
      withConfided = withConfided.withPreferences(party, drawn);
    }
    List<UtilitySpaceView.Reservation> reservations = new ArrayList<>();
    for (String party : parties) {
      if (consented.showsReservation(party)) {
        reservations.add(new UtilitySpaceView.Reservation(party, basis.get(party).reservation()));
      }
    }
    ChartFrontier chart =
        ChartFrontier.of(
            scenario, List.of(confided, unseenReservations, unseenRedLines), withConfided);
    List<double[]> points = chart.points();
    List<List<Double>> frontier = new ArrayList<>();
    List<Boolean> inZone = new ArrayList<>();
    List<double[]> drawn = new ArrayList<>();
    int step = Math.max(1, (points.size() + MAX_POINTS - 1) / MAX_POINTS);
    for (int k = 0; k < points.size(); k += step) {
      List<Double> utilities = new ArrayList<>();
      for (int p = 0; p < parties.size(); p++) {
        utilities.add(points.get(k)[p]);
      }
      frontier.add(utilities);
      inZone.add(DraftSpaceCharts.inZone(consented, basis, points.get(k)));
      drawn.add(points.get(k));
    }
    List<UtilitySpaceView.VersionUtilities> texts = new ArrayList<>();
    List<UtilitySpaceView.RedLines> redLines = new ArrayList<>();
    for (Text text : mediatorState.texts()) {
      texts.add(
          new UtilitySpaceView.VersionUtilities(
              text.version(), utilities(parties, basis, text.outcome())));
      redLines.add(DraftSpaceCharts.check(consented, basis, text.outcome()));
    }
    List<UtilitySpaceView.PackageUtilities> suggestions = new ArrayList<>();
    List<Suggestion> made = mediatorState.suggestions();
    if (!made.isEmpty()) {
      Suggestion latest = made.get(made.size() - 1);
      for (String name : Suggestions.ORDER) {
        Optional<Outcome> outcome = latest.outcome(name);
        if (outcome.isPresent()) {
          suggestions.add(
              new UtilitySpaceView.PackageUtilities(
                  name, utilities(parties, basis, outcome.get())));
        }
      }
    }
    return new UtilitySpaceView(
        parties,
        sources,
        reservations,
        frontier,
        chart.zone(),
        chart.note(),
        texts,
        suggestions,
        inZone,
        redLines,
        DraftSpaceCharts.draw(consented, chart, drawn, mediatorState, across, up));
  }

  private static List<Double> utilities(
      List<String> parties, Map<String, Preferences> basis, Outcome outcome) {
    List<Double> utilities = new ArrayList<>();
    for (String party : parties) {
      utilities.add(basis.get(party).utility().utility(outcome));
    }
    return utilities;
  }
}
