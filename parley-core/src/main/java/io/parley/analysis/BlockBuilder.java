package io.parley.analysis;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.RedLine;
import io.parley.preference.UtilityFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Splits an outcome space into independent {@link Block blocks} along its red lines; a utility that
 * is not linear additive ties every issue into one block.
 */
final class BlockBuilder {
  private BlockBuilder() {}

  /**
   * @param ticks {@code [party][issue][value]} weighted-score ticks, {@code null} for a party whose
   *     utility is not linear additive
   */
  static List<Block> build(
      OutcomeSpace space,
      long[][][] ticks,
      List<UtilityFunction> utilities,
      List<RedLine> redLines) {
    int n = space.issueCount();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (long[][] partyTicks : ticks) {
      if (partyTicks == null) {
        for (int i = 1; i < n; i++) {
          union(parent, 0, i);
        }
      }
    }
    for (RedLine redLine : redLines) {
      List<Integer> scope = redLine.scope();
      for (int k = 1; k < scope.size(); k++) {
        union(parent, scope.get(0), scope.get(k));
      }
    }
    var groups = new TreeMap<Integer, List<Integer>>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> ordered = new ArrayList<>(groups.values());
    ordered.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
    List<Block> blocks = new ArrayList<>();
    for (List<Integer> group : ordered) {
      List<RedLine> local = new ArrayList<>();
      for (RedLine redLine : redLines) {
        if (!redLine.scope().isEmpty() && group.contains(redLine.scope().get(0))) {
          local.add(redLine);
        }
      }
      blocks.add(enumerate(space, ticks, utilities, group, local));
    }
    return blocks;
  }

  private static Block enumerate(
      OutcomeSpace space,
      long[][][] ticks,
      List<UtilityFunction> utilities,
      List<Integer> group,
      List<RedLine> redLines) {
    int k = group.size();
    int[] positions = group.stream().mapToInt(Integer::intValue).toArray();
    int[] radices = new int[k];
    long joint = 1;
    for (int j = 0; j < k; j++) {
      radices[j] = space.issue(positions[j]).size();
      joint *= radices[j];
      if (joint > AgreementSpace.MAX_BLOCK_ASSIGNMENTS) {
        throw new AnalysisLimitException(
            "red lines or a utility that is not linear additive tie together issues "
                + describe(space, positions)
                + " whose joint space exceeds "
                + AgreementSpace.MAX_BLOCK_ASSIGNMENTS
                + " assignments");
      }
    }
    int parties = ticks.length;
    int[] outcome = new int[space.issueCount()];
    int[] digits = new int[k];
    int[] assignments = new int[(int) joint];
    long[][] contributions = new long[parties][(int) joint];
    int count = 0;
    for (int code = 0; code < joint; code++) {
      for (int j = 0; j < k; j++) {
        outcome[positions[j]] = digits[j];
      }
      boolean ok = true;
      for (RedLine redLine : redLines) {
        if (!redLine.allows(outcome)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        assignments[count] = code;
        for (int p = 0; p < parties; p++) {
          if (ticks[p] == null) {
            // Only reached when the block holds every issue: the outcome is complete.
            contributions[p][count] =
                UtilityScale.toTicks(utilities.get(p).utility(new Outcome(outcome)));
            continue;
          }
          long sum = 0;
          for (int j = 0; j < k; j++) {
            sum += ticks[p][positions[j]][digits[j]];
          }
          contributions[p][count] = sum;
        }
        count++;
      }
      for (int j = k - 1; j >= 0; j--) {
        if (++digits[j] < radices[j]) {
          break;
        }
        digits[j] = 0;
      }
    }
    for (int p = 0; p < parties; p++) {
      contributions[p] = java.util.Arrays.copyOf(contributions[p], count);
    }
    return new Block(
        positions, radices, java.util.Arrays.copyOf(assignments, count), contributions);
  }

  private static String describe(OutcomeSpace space, int[] positions) {
    List<String> ids = new ArrayList<>();
    for (int position : positions) {
      ids.add(space.issue(position).id());
    }
    return String.join(", ", ids);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
