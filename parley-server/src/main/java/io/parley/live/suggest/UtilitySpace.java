package io.parley.live.suggest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.Json;
import io.parley.live.consent.MediatorBasis;
import io.parley.live.rooms.Recipients;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Suggestion;
import io.parley.live.state.Text;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
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
 * in {@code reservations} only by consent; a party that has not confided appears with the
 * scenario's reservation, which the mediation team wrote itself.
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
   * @return {@code {"parties", "basis" (party to scenario, confided or withheld), "reservations",
   *     "frontier", "zone", "note"?, "texts", "suggestions"}}, every utility and reservation
   *     normalised to [0, 1]; {@code zone} is {@code exists}, {@code empty} or {@code unknown}
   *     ({@link ChartFrontier.Zone})
   */
  public static ObjectNode compute(MediatorBasis consented, Negotiation mediatorState) {
    return compute(consented, mediatorState, Optional.empty(), Optional.empty());
  }

  /**
   * The utility space as the mediators see it, with the chart of parties {@code across} and {@code
   * up} drawn ({@link DraftSpaceCharts}).
   *
   * @param across the party across; the first negotiating party when empty
   * @param up the party up; the second (or the first other than {@code across}) when empty
   * @throws LiveException BAD_INPUT when either is not a negotiating party, or both are the same
   */
  public static ObjectNode compute(
      MediatorBasis consented,
      Negotiation mediatorState,
      Optional<String> across,
      Optional<String> up) {
    Scenario scenario = consented.scenario();
    Map<String, Preferences> confided = consented.usableConfided();
    Map<String, Preferences> basis = consented.preferences();
    List<String> parties = consented.parties();
    ObjectNode space = Json.object();
    space.set("parties", Recipients.array(parties));
    ObjectNode basisNode = space.putObject("basis");
    Scenario withConfided = scenario;
    for (String party : parties) {
      basisNode.put(party, consented.source(party).wire());
      withConfided = withConfided.withPreferences(party, basis.get(party));
    }
    ObjectNode reservations = space.putObject("reservations");
    for (String party : parties) {
      if (consented.showsReservation(party)) {
        reservations.put(party, basis.get(party).reservation());
      }
    }
    ArrayNode frontier = space.putArray("frontier");
    ChartFrontier chart = ChartFrontier.of(scenario, confided, withConfided);
    List<double[]> points = chart.points();
    int step = Math.max(1, (points.size() + MAX_POINTS - 1) / MAX_POINTS);
    List<double[]> drawn = new java.util.ArrayList<>();
    for (int k = 0; k < points.size(); k += step) {
      ObjectNode point = frontier.addObject();
      ObjectNode utilities = point.putObject("utilities");
      for (int p = 0; p < parties.size(); p++) {
        utilities.put(parties.get(p), points.get(k)[p]);
      }
      point.put("inZone", DraftSpaceCharts.inZone(consented, basis, points.get(k)));
      drawn.add(points.get(k));
    }
    space.put("zone", chart.zone().wire());
    chart.note().ifPresent(note -> space.put("note", note));
    ArrayNode texts = space.putArray("texts");
    for (Text text : mediatorState.texts()) {
      ObjectNode node = texts.addObject().put("version", text.version());
      node.set("utilities", utilities(parties, basis, text.outcome()));
      DraftSpaceCharts.redLines(consented, basis, text.outcome(), node);
    }
    ArrayNode suggestions = space.putArray("suggestions");
    List<Suggestion> made = mediatorState.suggestions();
    if (!made.isEmpty()) {
      Suggestion latest = made.get(made.size() - 1);
      for (String name : Suggestions.ORDER) {
        Optional<Outcome> outcome = latest.outcome(name);
        if (outcome.isPresent()) {
          ObjectNode node = suggestions.addObject().put("package", name);
          node.set("utilities", utilities(parties, basis, outcome.get()));
        }
      }
    }
    DraftSpaceCharts.draw(consented, chart, drawn, mediatorState, across, up, space);
    return space;
  }

  private static ObjectNode utilities(
      List<String> parties, Map<String, Preferences> basis, Outcome outcome) {
    ObjectNode utilities = Json.object();
    for (String party : parties) {
      utilities.put(party, basis.get(party).utility().utility(outcome));
    }
    return utilities;
  }
}
