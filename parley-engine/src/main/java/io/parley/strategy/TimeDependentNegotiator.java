package io.parley.strategy;

import io.parley.negotiator.Request;

/**
 * The time-dependent tactics of Faratin, Sierra and Jennings, "Negotiation decision functions for
 * autonomous agents", Robotics and Autonomous Systems 24(3–4), 1998: the target at progress {@code
 * t} in [0, 1] is
 *
 * <pre>target(t) = r + (max − r) · (1 − t^(1/e))</pre>
 *
 * <p>where {@code r} is the party's reservation value, {@code max} the best utility it can get
 * within its red lines, and {@code e > 0} the concession exponent: below 1 the party holds firm
 * until late (Boulware, {@code e = 0.2}), at 1 it concedes linearly, above 1 it concedes early
 * (conceder, {@code e = 2}). The target is {@code max} at {@code t = 0} and {@code r} at {@code t =
 * 1}. It offers the acceptable package closest to the target from above and accepts what is
 * acceptable and reaches the target (see {@link TargetNegotiator}).
 */
public final class TimeDependentNegotiator extends TargetNegotiator {
  /** The Boulware exponent. */
  public static final double BOULWARE = 0.2;

  /** The linear exponent. */
  public static final double LINEAR = 1.0;

  /** The conceder exponent. */
  public static final double CONCEDER = 2.0;

  private final double exponent;

  /**
   * A negotiator with concession exponent {@code exponent}.
   *
   * @throws IllegalArgumentException unless {@code exponent} is a finite number > 0
   */
  public TimeDependentNegotiator(double exponent) {
    if (!(exponent > 0) || Double.isInfinite(exponent)) {
      throw new IllegalArgumentException(
          "concession exponent " + exponent + " is not a finite number > 0");
    }
    this.exponent = exponent;
  }

  /** Holds firm until late ({@code e = 0.2}). */
  public static TimeDependentNegotiator boulware() {
    return new TimeDependentNegotiator(BOULWARE);
  }

  /** Concedes linearly in time ({@code e = 1}). */
  public static TimeDependentNegotiator linear() {
    return new TimeDependentNegotiator(LINEAR);
  }

  /** Concedes early ({@code e = 2}). */
  public static TimeDependentNegotiator conceder() {
    return new TimeDependentNegotiator(CONCEDER);
  }

  /** The concession exponent {@code e}. */
  public double exponent() {
    return exponent;
  }

  /**
   * The target in ticks at {@code progress} (clamped to [0, 1]), rounded down to a whole tick: the
   * best utility at 0, the reservation value at 1, never outside them.
   *
   * @throws IllegalStateException before {@link #start} or if no package is acceptable
   */
  public long targetTicksAt(double progress) {
    UtilityIndex index = index();
    return targetTicks(index.reservationTicks(), index.bestTicks(), progress, exponent);
  }

  /**
   * The Faratin–Sierra–Jennings target in ticks: {@code r + (max − r) · (1 − t^(1/e))} with {@code
   * t} clamped to [0, 1], rounded down to a whole tick. The one place this curve is computed; the
   * BOA bidding strategy {@code time-dependent} calls it too.
   *
   * @param reservationTicks {@code r}, the utility it never goes below
   * @param bestTicks {@code max}, the utility it starts from ({@code >= reservationTicks})
   * @param progress {@code t}, the progress towards the deadline
   * @param exponent {@code e > 0}, the concession exponent
   */
  public static long targetTicks(
      long reservationTicks, long bestTicks, double progress, double exponent) {
    double t = Math.max(0.0, Math.min(1.0, progress));
    return reservationTicks
        + (long) Math.floor((bestTicks - reservationTicks) * (1.0 - Math.pow(t, 1.0 / exponent)));
  }

  @Override
  protected long target(Request request) {
    return targetTicksAt(request.progress());
  }
}
