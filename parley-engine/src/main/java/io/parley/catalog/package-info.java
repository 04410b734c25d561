/**
 * How strategies and components are named: the spec grammar ({@link
 * io.parley.catalog.StrategySpec}, e.g. {@code boa(bidding=time-dependent(e=0.2),
 * model=frequency)}), the registries that build instances from specs ({@link
 * io.parley.catalog.Registry}), and the catalog entries {@code parley run --strategies} lists.
 * Every error is a {@link io.parley.catalog.SpecException} naming what is wrong, where in the spec,
 * and what is known.
 */
package io.parley.catalog;
