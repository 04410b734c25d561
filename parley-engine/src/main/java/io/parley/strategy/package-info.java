/**
 * The shipped negotiating and mediating strategies, and the index they stand on.
 *
 * <p>{@link io.parley.strategy.UtilityIndex} sorts one party's acceptable outcomes by its own
 * utility once, so that a negotiation step costs {@code O(log N)} however large the space. The
 * negotiators ({@link io.parley.strategy.TimeDependentNegotiator time-dependent}, {@link
 * io.parley.strategy.HardlinerNegotiator hardliner}, {@link io.parley.strategy.TitForTatNegotiator
 * tit for tat}, {@link io.parley.strategy.RandomNegotiator random}) share {@link
 * io.parley.strategy.TargetNegotiator}, which guarantees that none offers, accepts or amends toward
 * a package that breaks its own red lines or falls below its reservation value. The mediators
 * ({@link io.parley.strategy.SplitTheDifferenceMediator}, {@link
 * io.parley.strategy.HillClimbingMediator}, {@link io.parley.strategy.NashSeekingMediator}) draft
 * the single negotiating text. {@link io.parley.strategy.Strategies} names them all.
 */
package io.parley.strategy;
