package io.parley.stability;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small random graph models, from graphs or from option form, rebuilt from a seed. */
final class RandomModels {
  private RandomModels() {}

  /** A model given by random graphs: 1-4 decision makers, 1-7 states, payoffs with ties. */
  static GraphModel graphs(long seed) {
    var random = new SplittableRandom(seed);
    int dms = 1 + random.nextInt(4);
    int states = 1 + random.nextInt(7);
    List<String> ids = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int dm = 0; dm < dms; dm++) {
      ids.add("dm" + dm);
    }
    for (int s = 0; s < states; s++) {
      labels.add("s" + s);
    }
    double density = random.nextDouble(0.1, 0.6);
    int[][][] moves = new int[dms][states][];
    long[][] payoffs = new long[dms][states];
    for (int dm = 0; dm < dms; dm++) {
      for (int s = 0; s < states; s++) {
        List<Integer> targets = new ArrayList<>();
        for (int t = 0; t < states; t++) {
          if (t != s && random.nextDouble() < density) {
            targets.add(t);
          }
        }
        moves[dm][s] = targets.stream().mapToInt(Integer::intValue).toArray();
        payoffs[dm][s] = random.nextInt(1 + random.nextInt(states + 1));
      }
    }
    return GraphModel.of("random-" + seed, ids, labels, moves, payoffs);
  }

  /**
   * A model in option form: 1-3 decision makers with 1-2 options each, random infeasible and merge
   * patterns, random irreversibility, random rankings with ties. Empty when every combination is
   * infeasible.
   */
  static java.util.Optional<GraphModel> optionForm(long seed) {
    var random = new SplittableRandom(seed);
    int dms = 1 + random.nextInt(3);
    List<ConflictOption> options = new ArrayList<>();
    List<DecisionMaker> decisionMakers = new ArrayList<>();
    for (int dm = 0; dm < dms; dm++) {
      List<Integer> own = new ArrayList<>();
      int count = 1 + random.nextInt(2);
      for (int o = 0; o < count; o++) {
        own.add(options.size());
        OptionMoves moves = OptionMoves.values()[random.nextInt(3) == 0 ? random.nextInt(3) : 0];
        options.add(
            new ConflictOption("o" + options.size(), "o" + options.size(), "dm" + dm, moves));
      }
      decisionMakers.add(new DecisionMaker("dm" + dm, "dm" + dm, own));
    }
    List<OptionPattern> infeasible = patterns(random, options.size(), random.nextInt(3));
    List<OptionPattern> merges = patterns(random, options.size(), random.nextInt(2));
    List<State> states = StateSpace.generate(options.size(), infeasible, merges);
    if (states.isEmpty()) {
      return java.util.Optional.empty();
    }
    long[][] payoffs = new long[dms][states.size()];
    for (int dm = 0; dm < dms; dm++) {
      for (int s = 0; s < states.size(); s++) {
        payoffs[dm][s] = random.nextInt(states.size());
      }
    }
    return java.util.Optional.of(
        GraphModel.fromOptionForm("option-form-" + seed, options, decisionMakers, states, payoffs));
  }

  private static List<OptionPattern> patterns(SplittableRandom random, int options, int count) {
    List<OptionPattern> patterns = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      var values = new java.util.HashMap<Integer, Boolean>();
      int size = 1 + random.nextInt(Math.min(2, options));
      while (values.size() < size) {
        values.put(random.nextInt(options), random.nextBoolean());
      }
      patterns.add(new OptionPattern(values));
    }
    return patterns;
  }
}
