package io.parley.tournament.result;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One negotiation's result: a row of results.csv and results.parquet. Rows cross process boundaries
 * (a Spark job) as text, through {@link ResultCsv}.
 *
 * @param index the negotiation's position in the plan
 * @param key the negotiation's stable key
 * @param scenario the scenario id
 * @param protocol the protocol key
 * @param mediator the mediator competitor's name; empty for alternating offers
 * @param repetition the repetition, from 1
 * @param seed the negotiation's seed
 * @param seats one result per negotiating party, in the scenario's party order
 * @param agreement whether the parties agreed
 * @param outcome the agreed outcome as {@code issue=value;...}; empty without agreement
 * @param welfare the sum of the seats' utilities
 * @param paretoOptimality {@code max(0, 1 − d/D)} to the Pareto frontier; empty when not computed
 * @param nashOptimality the same to the Nash point; empty without a zone of agreement
 * @param kalaiOptimality the same to the Kalai point; empty without a zone of agreement
 * @param rounds the last round reached
 * @param end {@code agreement}, {@code deadline}, {@code walk-away} or {@code failure}
 * @param failure what failed, when {@code end} is {@code failure}
 * @param wallTimeMillis the wall time the negotiation took; the only column that differs between
 *     runs of the same plan
 */
public record ResultRow(
    long index,
    String key,
    String scenario,
    String protocol,
    String mediator,
    int repetition,
    long seed,
    List<SeatResult> seats,
    boolean agreement,
    String outcome,
    double welfare,
    OptionalDouble paretoOptimality,
    OptionalDouble nashOptimality,
    OptionalDouble kalaiOptimality,
    int rounds,
    String end,
    Optional<Failure> failure,
    double wallTimeMillis) {
  public ResultRow {
    seats = List.copyOf(seats);
    if (seats.isEmpty()) {
      throw new IllegalArgumentException("result " + key + " has no seats");
    }
    if (agreement == outcome.isEmpty()) {
      throw new IllegalArgumentException(
          "result " + key + ": agreement " + agreement + " but outcome '" + outcome + "'");
    }
    if (failure.isPresent() != end.equals("failure")) {
      throw new IllegalArgumentException(
          "result " + key + ": end " + end + " but failure " + failure);
    }
  }

  /** This row with another wall time (tests compare rows without it). */
  public ResultRow withWallTime(double millis) {
    return new ResultRow(
        index,
        key,
        scenario,
        protocol,
        mediator,
        repetition,
        seed,
        seats,
        agreement,
        outcome,
        welfare,
        paretoOptimality,
        nashOptimality,
        kalaiOptimality,
        rounds,
        end,
        failure,
        millis);
  }
}
