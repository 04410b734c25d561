package io.parley.live;

import io.parley.live.events.LiveEvent.Adjourned;

/**
 * An adjournment of the talks.
 *
 * @param seq the adjourned event's sequence number
 */
record Adjournment(long seq, Adjourned adjourned) {}
