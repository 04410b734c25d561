package io.parley.protocol;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that advances a fixed step each time it is read, so that runs with the same inputs and
 * seed produce the same times and byte-identical transcripts. Not thread-safe: one per run.
 */
public final class SimulatedClock extends Clock {
  private final long stepMillis;
  private long now;

  /** A clock starting at {@code startMillis} and advancing {@code stepMillis} per read. */
  public SimulatedClock(long startMillis, long stepMillis) {
    this.now = startMillis;
    this.stepMillis = stepMillis;
  }

  @Override
  public long millis() {
    long t = now;
    now += stepMillis;
    return t;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a simulated clock has no zones");
  }
}
