package io.parley.strategy;

import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.MediatorContext;
import io.parley.outcome.Outcome;
import java.util.Optional;

/**
 * A mediator that uses the preferences parties confided to it ({@link MediatorContext#confided()}):
 * when every party (every participant with role {@code party}) confided, it puts forward the Nash
 * bargaining solution of their zone of agreement (Nash, "The bargaining problem", Econometrica
 * 18(2), 1950) — or, when that zone is empty, the feasible package that falls least short of the
 * worst-served party's reservation — and keeps that text to the end. The package is computed once,
 * at {@link #start}, on the exact Pareto frontier of {@code io.parley.analysis}, so it is the
 * package {@code parley analyze} reports as {@code nash}.
 *
 * <p>When some preferences are missing, no package respects every red line, or the space exceeds
 * the analysis' limits, it behaves exactly like {@link SplitTheDifferenceMediator}.
 */
public final class NashSeekingMediator implements Mediator {
  private final SplitTheDifferenceMediator fallback = new SplitTheDifferenceMediator();
  private Optional<Outcome> target = Optional.empty();

  @Override
  public void start(MediatorContext context) {
    fallback.start(context);
    target = ConfidedSolution.of(context);
  }

  /** The package it keeps proposing; empty when it splits the difference instead. */
  public Optional<Outcome> target() {
    return target;
  }

  @Override
  public Outcome draft(DraftRequest request) {
    return target.isPresent() ? target.get() : fallback.draft(request);
  }
}
