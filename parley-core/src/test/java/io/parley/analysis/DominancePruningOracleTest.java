package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DominancePruning#prune} keeps exactly the candidates that no other candidate dominates,
 * one per distinct utility vector (the first index among equal ones), in descending order of
 * utilities — checked against a pairwise brute force for one to five parties, so that the one-party
 * shortcut, the two-party sweep, the three-party staircase and the pairwise comparison are each
 * held to the same definition. Utilities are drawn from a few values so that ties and equal vectors
 * are common.
 */
class DominancePruningOracleTest {
  private static final long SEED = 0x5EED_D0A1L;

  @Test
  void prune_keepsExactlyTheNonDominatedCandidates_forOneToFiveParties() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (int parties = 1; parties <= 5; parties++) {
      for (int round = 0; round < 300; round++) {
        long seed = seeds.nextLong();
        SplittableRandom random = new SplittableRandom(seed);
        int n = random.nextInt(40);
        int range = 1 + random.nextInt(6);
        long[][] u = new long[parties][n];
        for (long[] row : u) {
          for (int c = 0; c < n; c++) {
            row[c] = random.nextInt(range) - range / 2;
          }
        }
        assertThat(DominancePruning.prune(u))
            .as("%d parties, seed %d: %s", parties, seed, Arrays.deepToString(u))
            .containsExactly(bruteForce(u));
      }
    }
  }

  @Test
  void prune_staircase_dropsAPointCoveredOnlyByTheStairAboveIt() {
    // Three parties, in sorted order: (5, 1, 9), (4, 6, 2), (3, 2, 8), (2, 6, 2). (3, 2, 8) is
    // dominated by neither point before it, so it is kept; (2, 6, 2) meets the stair (6, 2) of
    // (4, 6, 2) exactly and is dominated by it.
    long[][] u = {{5, 4, 3, 2}, {1, 6, 2, 6}, {9, 2, 8, 2}};
    assertThat(DominancePruning.prune(u)).containsExactly(0, 1, 2);
    // (3, 6, 3) has the second utility of the stair (6, 2) and a higher third one: it is kept and
    // replaces that stair, which then no longer covers (2, 5, 2) — the new stair (6, 3) does.
    long[][] v = {{5, 4, 3, 2}, {1, 6, 6, 5}, {9, 2, 3, 2}};
    assertThat(DominancePruning.prune(v)).containsExactly(0, 1, 2);
  }

  /** Non-dominated, first of equals, ordered by utilities descending (first party first). */
  private static int[] bruteForce(long[][] u) {
    int parties = u.length;
    int n = u[0].length;
    List<Integer> kept = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      boolean out = false;
      for (int d = 0; d < n && !out; d++) {
        if (d == c) {
          continue;
        }
        boolean atLeast = true;
        boolean better = false;
        for (int p = 0; p < parties; p++) {
          atLeast &= u[p][d] >= u[p][c];
          better |= u[p][d] > u[p][c];
        }
        out = atLeast && (better || d < c);
      }
      if (!out) {
        kept.add(c);
      }
    }
    kept.sort(
        (a, b) -> {
          for (long[] row : u) {
            int cmp = Long.compare(row[b], row[a]);
            if (cmp != 0) {
              return cmp;
            }
          }
          return 0;
        });
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }
}
