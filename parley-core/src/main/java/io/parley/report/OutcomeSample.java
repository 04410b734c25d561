package io.parley.report;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/** The outcomes a figure shows: all of them when there are few, else a uniform random sample. */
final class OutcomeSample {
  private static final BigInteger LONG_LIMIT = BigInteger.valueOf(Long.MAX_VALUE);

  private OutcomeSample() {}

  /**
   * Every outcome of {@code space} if it has at most {@code limit}, otherwise {@code limit}
   * distinct outcomes drawn uniformly at random (every subset of that size equally likely). The
   * result is in index order and depends only on the space, the limit and the random generator's
   * state.
   *
   * @param limit the most outcomes to return, positive
   * @param random the source of randomness; used only when the space is larger than {@code limit}
   */
  static List<Outcome> draw(OutcomeSpace space, int limit, SplittableRandom random) {
    if (limit <= 0) {
      throw new IllegalArgumentException("sample size " + limit + ", expected > 0");
    }
    BigInteger size = space.size();
    if (size.compareTo(BigInteger.valueOf(limit)) <= 0) {
      List<Outcome> all = new ArrayList<>(size.intValueExact());
      for (long index = 0; index < size.longValueExact(); index++) {
        all.add(space.outcomeAt(index));
      }
      return all;
    }
    if (size.compareTo(LONG_LIMIT) <= 0) {
      return byIndex(space, size.longValueExact(), limit, random);
    }
    return byIssue(space, limit, random);
  }

  /** Floyd's algorithm: {@code limit} distinct indices of {@code [0, size)}, uniformly. */
  private static List<Outcome> byIndex(
      OutcomeSpace space, long size, int limit, SplittableRandom random) {
    var chosen = new HashSet<Long>(limit * 2);
    for (long j = size - limit; j < size; j++) {
      long t = random.nextLong(j + 1);
      if (!chosen.add(t)) {
        chosen.add(j);
      }
    }
    long[] indices = chosen.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(indices);
    List<Outcome> sample = new ArrayList<>(limit);
    for (long index : indices) {
      sample.add(space.outcomeAt(index));
    }
    return sample;
  }

  /**
   * For spaces past {@code 2^63} outcomes: one uniform value per issue is a uniform outcome;
   * repeats (vanishingly rare at this size) are drawn again.
   */
  private static List<Outcome> byIssue(OutcomeSpace space, int limit, SplittableRandom random) {
    int[] sizes = space.sizes();
    var chosen = new TreeSet<Outcome>();
    while (chosen.size() < limit) {
      int[] values = new int[sizes.length];
      for (int i = 0; i < sizes.length; i++) {
        values[i] = random.nextInt(sizes[i]);
      }
      chosen.add(new Outcome(values));
    }
    return new ArrayList<>(chosen);
  }
}
