package io.parley.live.state;

import io.parley.live.events.LiveEvent.Adjourned;

/**
 * An adjournment of the talks.
 *
 * @param seq the adjourned event's sequence number
 */
public record Adjournment(long seq, Adjourned adjourned) {}
