package io.parley.tournament;

import java.io.Serializable;

/**
 * One role of a planned negotiation and who plays it.
 *
 * @param party the scenario's party id (the role)
 * @param competitor the competitor's name
 */
public record Seat(String party, String competitor) implements Serializable {}
