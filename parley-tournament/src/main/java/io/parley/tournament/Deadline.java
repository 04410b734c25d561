package io.parley.tournament;

import java.io.Serializable;
import java.time.Duration;

/** When each negotiation of a tournament ends without agreement: after rounds, or after time. */
public sealed interface Deadline extends Serializable permits Deadline.Rounds, Deadline.Time {

  /** The default: 100 rounds. */
  Deadline DEFAULT = new Rounds(100);

  /**
   * A deadline of {@code rounds} rounds in one plenary session; reproducible.
   *
   * @param rounds at least 1
   */
  record Rounds(int rounds) implements Deadline {
    public Rounds {
      if (rounds < 1) {
        throw new IllegalArgumentException(
            "deadline of " + rounds + " rounds; expected at least 1");
      }
    }
  }

  /**
   * A wall-clock deadline per negotiation. Results then depend on the machine's speed and are not
   * reproducible; the rounds are unbounded.
   *
   * @param limit positive
   */
  record Time(Duration limit) implements Deadline {
    public Time {
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("deadline of " + limit + "; expected a positive time");
      }
    }
  }
}
