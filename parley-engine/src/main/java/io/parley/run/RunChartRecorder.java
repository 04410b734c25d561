package io.parley.run;

import io.parley.analysis.Analysis;
import io.parley.event.End;
import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.outcome.Outcome;
import io.parley.preference.UtilityFunction;
import io.parley.report.RunChart;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds the {@link RunChart} of a run from its events, fed one at a time as the run makes them, so
 * that nothing but the chart's bounded data is kept: a run of 10^6 rounds needs no more memory than
 * one of 10^3.
 *
 * <p>Every offer ({@link Payload.Offered}) and every text version ({@link Payload.TextDrafted}) is
 * a move, valued by each party's utility function (undiscounted); an agreement ({@link
 * End.Agreement}) is marked; other events only stretch the time axis. Not thread-safe: feed it from
 * the run's thread.
 */
public final class RunChartRecorder implements Consumer<Event> {
  private final RunChart.Builder chart;
  private final List<UtilityFunction> utilities;
  private final Scenario scenario;

  /**
   * A recorder for a run of {@code scenario}, keeping at most {@code limit} moves.
   *
   * @throws IllegalArgumentException if {@code limit} is outside [{@link RunChart#MIN_LIMIT},
   *     {@link RunChart#MAX_LIMIT}]
   */
  public RunChartRecorder(Scenario scenario, int limit) {
    this.chart = RunChart.builder(scenario).limit(limit);
    this.scenario = scenario;
    this.utilities =
        chart.parties().stream().map(p -> scenario.preferences().get(p).utility()).toList();
  }

  /** A recorder that keeps at most {@link RunChart#DEFAULT_LIMIT} moves. */
  public RunChartRecorder(Scenario scenario) {
    this(scenario, RunChart.DEFAULT_LIMIT);
  }

  /** Takes the run's next event; events must come in sequence order. */
  @Override
  public void accept(Event event) {
    Payload payload = event.payload();
    if (payload instanceof Payload.Offered offered) {
      chart.move(event.round(), event.sender(), false, values(offered.outcome()));
    } else if (payload instanceof Payload.TextDrafted drafted) {
      chart.move(event.round(), event.sender(), true, values(drafted.text()));
    } else if (payload instanceof Payload.Ended ended) {
      chart.reached(event.round()).ending(describe(ended.end(), event.round()));
      if (ended.end() instanceof End.Agreement agreement) {
        chart.agreement(event.round(), values(agreement.outcome()));
      }
    } else {
      chart.reached(event.round());
    }
  }

  /**
   * The chart of the events so far, drawn against {@code analysis} (the scenario's analysis: its
   * frontier, Nash point and reservation values); the recorder may be fed on.
   *
   * @throws IllegalArgumentException if the analysis is not of the scenario's negotiating parties
   */
  public RunChart chart(Analysis analysis) {
    return chart.build(analysis);
  }

  /**
   * The chart of the events so far without an analysis (for a scenario beyond the analyser's
   * limits): the moves, reservation values and agreement, but no frontier and no Nash point.
   */
  public RunChart chart() {
    return chart.build();
  }

  private double[] values(Outcome outcome) {
    double[] values = new double[utilities.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = utilities.get(i).utility(outcome);
    }
    return values;
  }

  private String describe(End end, int round) {
    if (end instanceof End.NoAgreement none) {
      String who =
          none.party().isEmpty()
              ? ""
              : " by "
                  + scenario.parties().stream()
                      .filter(p -> p.id().equals(none.party()))
                      .findFirst()
                      .map(Party::name)
                      .orElse(none.party());
      return "No agreement (" + none.key() + who + ") in round " + round;
    }
    return "Agreement in round " + round;
  }
}
