/**
 * Negotiators composed of BOA components — a bidding strategy, an opponent model and an acceptance
 * strategy — after Baarslag, Hindriks, Hendrikx, Dirkzwager and Jonker, "Decoupling negotiating
 * agents to explore the space of negotiation strategies" (2014).
 *
 * <p>{@link io.parley.boa.BoaNegotiator} composes any three components and answers alternating
 * offers (bilateral and stacked multilateral) and single-text reviews; the components see only what
 * the party knows ({@link io.parley.boa.Situation}). {@link io.parley.boa.Components} names the
 * shipped components and {@link io.parley.boa.Agents} the published agents built from them
 * (HardHeaded, AgentK, Nice Tit-for-Tat, MiCRO, Atlas3), each written from its paper.
 */
package io.parley.boa;
