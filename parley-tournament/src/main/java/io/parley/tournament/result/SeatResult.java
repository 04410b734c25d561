package io.parley.tournament.result;

import java.io.Serializable;

/**
 * What one seat of a negotiation came to.
 *
 * @param party the scenario's party id (the role)
 * @param agent the competitor's name
 * @param utility the party's utility of the agreement, or its reservation value without one
 * @param reservation the party's reservation value
 * @param advantage the ANAC advantage {@code (utility − reservation) / (best − reservation)}
 */
public record SeatResult(
    String party, String agent, double utility, double reservation, double advantage)
    implements Serializable {}
