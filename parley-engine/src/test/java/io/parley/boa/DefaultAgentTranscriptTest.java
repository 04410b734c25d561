package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.Event;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.run.RunConfiguration;
import io.parley.run.RunOptions;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins what the default agent decides: seeded runs through the path {@code parley run} takes by
 * default ({@link RunConfiguration#setup} with {@link RunOptions#DEFAULTS}: every party plays
 * {@code boa}, one-second budget per call, 100 rounds) must produce exactly these transcripts,
 * hashed. Written before the default path was optimised, so that a faster {@code boa} is known to
 * make the same offers and acceptances; a change of behaviour must change these hashes on purpose.
 *
 * <p>Each transcript is also run with no budget (agent calls inline) and must be the same: the
 * budget decides when a call is cut off, never what an agent does.
 */
class DefaultAgentTranscriptTest {

  @ParameterizedTest(name = "{0} parties, {1} issues, {2} red lines, reservation {3}, seed {4}")
  @CsvSource({
    "2, 4, 0, 0.3, 11, a1193ce1",
    "2, 5, 1, 0.3, 12, 3b95b7fa",
    "3, 3, 1, 0.3, 13, edf318b6",
    "2, 4, 1, 0.6, 14, 1b971c5a",
    "3, 4, 0, 0.55, 15, 94578b43",
    "2, 3, 0, 0.75, 16, 97427b22",
    "2, 6, 0, 0.5, 17, c6904f83",
  })
  void defaultRun_makesThePinnedOffersAndAcceptances(
      int parties, int issues, int redLines, double reservation, long seed, String pinned) {
    Scenario scenario = opposed(parties, issues, redLines, reservation, seed);
    String budgeted = hash(run(scenario, RunOptions.DEFAULTS));
    String inline = hash(run(scenario, withoutBudget(RunOptions.DEFAULTS)));

    assertThat(inline).isEqualTo(budgeted);
    assertThat(budgeted).isEqualTo(pinned);
  }

  private static List<String> run(Scenario scenario, RunOptions options) {
    List<String> lines = new ArrayList<>();
    Mechanism mechanism =
        Mechanisms.create(RunConfiguration.builder(scenario, options).retainEvents(false).build());
    mechanism.run(event -> lines.add(line(event)));
    assertThat(lines.size()).as("a default run of several turns").isGreaterThan(10);
    return lines;
  }

  /** Everything an event says but its wall-clock time. */
  private static String line(Event event) {
    return event.sequence()
        + "|"
        + event.round()
        + "|"
        + event.sender()
        + "|"
        + event.recipients()
        + "|"
        + event.payload();
  }

  private static String hash(List<String> lines) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static RunOptions withoutBudget(RunOptions o) {
    return new RunOptions(
        o.protocol(),
        o.negotiators(),
        o.mediatorStrategy(),
        o.leadMediator(),
        o.deadline(),
        o.seed(),
        Duration.ZERO,
        Optional.empty());
  }

  /**
   * {@code parties} parties over {@code issues} issues of 10 values: random weights; the first
   * party's scores random, every other party opposed to it on two thirds of the issues and
   * independent on the rest; every party's reservation {@code reservation}; up to {@code redLines}
   * random forbidden pairs per party.
   */
  private static Scenario opposed(
      int parties, int issues, int redLines, double reservation, long seed) {
    var random = new SplittableRandom(seed);
    List<Issue> list = new ArrayList<>();
    String[] labels = new String[10];
    for (int v = 0; v < 10; v++) {
      labels[v] = "v" + v;
    }
    for (int i = 0; i < issues; i++) {
      list.add(DiscreteIssue.of("i" + i, labels));
    }
    var space = new OutcomeSpace(list);
    double[][] first = new double[issues][10];
    for (double[] scores : first) {
      for (int v = 0; v < 10; v++) {
        scores[v] = random.nextDouble();
      }
    }
    List<Party> seats = new ArrayList<>();
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    for (int p = 0; p < parties; p++) {
      List<Double> weights = new ArrayList<>();
      double total = 0;
      double[] raw = new double[issues];
      for (int i = 0; i < issues; i++) {
        raw[i] = 0.5 + 1.5 * random.nextDouble();
        total += raw[i];
      }
      for (int i = 0; i < issues; i++) {
        weights.add(raw[i] / total);
      }
      List<ValueFunction> functions = new ArrayList<>();
      for (int i = 0; i < issues; i++) {
        Map<String, Double> table = new LinkedHashMap<>();
        for (int v = 0; v < 10; v++) {
          double s =
              p == 0
                  ? first[i][v]
                  : i % 3 != 2
                      ? Math.max(0, Math.min(1, 1 - first[i][v] + 0.15 * random.nextGaussian()))
                      : random.nextDouble();
          table.put("v" + v, s);
        }
        functions.add(new ValueTable(table));
      }
      List<RedLine> lines = new ArrayList<>();
      for (int k = 0; k < redLines; k++) {
        lines.add(new RedLine.Forbid(pair(random, issues), "red line " + k));
      }
      String id = "p" + (p + 1);
      seats.add(Party.of(id));
      preferences.put(
          id,
          new Preferences(
              new LinearAdditiveUtility(space, weights, functions), reservation, lines, 1.0));
    }
    return new Scenario("opposed-" + seed, "", seats, space, preferences);
  }

  private static Condition pair(SplittableRandom random, int issues) {
    int a = random.nextInt(issues);
    int b = (a + 1 + random.nextInt(issues - 1)) % issues;
    return new Condition(List.of(clause(random, a), clause(random, b)));
  }

  private static Clause clause(SplittableRandom random, int position) {
    var allowed = new BitSet(10);
    int from = random.nextInt(8);
    allowed.set(from, from + 3);
    return new Clause(position, allowed, 10);
  }
}
