/**
 * Consent for confided preferences: what a party's confiding lets the mediators see ({@link
 * io.parley.live.consent.Consent}), and the one place that turns the parties' confidings into the
 * preferences every mediator-side view is computed from ({@link
 * io.parley.live.consent.MediatorBasis}): the utility-space chart, its frontier and zone, the
 * utilities of texts and packages, the reservations drawn, the preferences a robot mediator drafts
 * from, and the consent and preferences shown in the mediators' room view. Suggested packages are
 * the one thing every confiding allows; they are computed from everything confided.
 *
 * <p>The rule the package keeps, tested as non-interference: under {@link
 * io.parley.live.consent.Consent#SUGGESTIONS}, two confidings that yield the same suggested
 * packages give the mediators byte-identical answers on every route they can call.
 */
package io.parley.live.consent;
