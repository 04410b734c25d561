package io.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.UtilityFunction;
import io.parley.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Parley's import of random GENIUS domains and linear profiles against GENIUS's evaluation
 * semantics, written here from the platform's documentation (../shared/domains/FORMATS.md §2.1-2.2
 * and the GENIUS user guide), not from Parley's readers: {@code u = min(1, Σ_i w_i · e_i(v_i))},
 * summed in issue order, with
 *
 * <ul>
 *   <li>discrete: {@code evaluation / max evaluation}, every score 0 when the max is below 1e-5;
 *   <li>integer: {@code clip(slope·(v − lowerbound) + offset, 0, 1)}, the profile's lowerbound;
 *   <li>real linear: {@code clip(parameter1·x + parameter0, 0, 1)}; constant: {@code parameter0};
 *       triangular: 0 outside (parameter0, parameter1), rising to 1 at parameter2;
 *   <li>a real issue is the grid {@code lower + ((upper − lower)/10)·k}, k = 0..10.
 * </ul>
 *
 * Every evaluator kind is generated, with clipping on either side, both sides and between integers,
 * and weights that sum to 1, to less (normalised on import) and to more (the cap).
 */
class GeniusEvaluationPropertyTest {
  private static final double TOLERANCE = 1e-12;
  private static final Set<Kind> SEEN = EnumSet.noneOf(Kind.class);

  enum Kind {
    DISCRETE,
    INTEGER_LINEAR,
    INTEGER_CLIPPED_BOTH_SIDES,
    REAL_LINEAR,
    REAL_CONSTANT,
    REAL_TRIANGULAR
  }

  /** One generated issue: its XML in the domain and the profile, and GENIUS's score by index. */
  private record GeneratedIssue(Kind kind, String domainXml, String profileXml, double[] scores) {}

  @Property(tries = 150)
  void importedUtilities_equalGeniusSemantics_onEveryOutcome(@ForAll long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    int issueCount = 1 + random.nextInt(4);
    List<GeneratedIssue> issues = new ArrayList<>();
    for (int i = 1; i <= issueCount; i++) {
      issues.add(issue(random, i));
    }
    double[] weights = weights(random, issueCount);
    double reservation = random.nextInt(100) / 100.0;
    Path dir = Files.createTempDirectory("genius-property");
    try {
      Path domain = write(dir, "domain.xml", domainXml(issues));
      Path profile = write(dir, "profile.xml", profileXml(issues, weights, reservation));

      ImportedScenario imported = ScenarioSource.load(List.of(domain, profile));

      Scenario scenario = imported.scenario();
      UtilityFunction utility = scenario.preferences().get("profile").utility();
      assertThat(scenario.preferences().get("profile").reservation()).isEqualTo(reservation);
      OutcomeSpace space = scenario.space();
      long size = space.size().longValueExact();
      for (long n = 0; n < size; n++) {
        Outcome outcome = space.outcomeAt(n);
        double expected = genius(issues, weights, outcome.valueIndices());
        assertThat(utility.utility(outcome))
            .as("seed %d, outcome %s", seed, outcome)
            .isCloseTo(expected, org.assertj.core.data.Offset.offset(TOLERANCE));
      }
      issues.forEach(issue -> SEEN.add(issue.kind()));
    } finally {
      deleteTree(dir);
    }
  }

  @AfterContainer
  static void everyEvaluatorKindWasGenerated() {
    assertThat(SEEN).containsExactlyInAnyOrder(Kind.values());
  }

  /** GENIUS's AdditiveUtilitySpace.getUtility: the weighted sum in issue order, capped at 1. */
  private static double genius(List<GeneratedIssue> issues, double[] weights, int[] values) {
    double sum = 0;
    for (int i = 0; i < issues.size(); i++) {
      sum += weights[i] * issues.get(i).scores()[values[i]];
    }
    return Math.min(1, sum);
  }

  private static GeneratedIssue issue(SplittableRandom random, int index) {
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    return switch (kind) {
      case DISCRETE -> discrete(random, index);
      case INTEGER_LINEAR, INTEGER_CLIPPED_BOTH_SIDES -> integer(random, index, kind);
      default -> real(random, index, kind);
    };
  }

  private static GeneratedIssue discrete(SplittableRandom random, int index) {
    int n = 1 + random.nextInt(4);
    boolean tiny = random.nextInt(8) == 0;
    double[] evaluations = new double[n];
    double max = 0;
    StringBuilder domain = new StringBuilder();
    StringBuilder profile = new StringBuilder();
    String open = "<issue index=\"" + index + "\" name=\"d" + index + "\" type=\"discrete\"";
    domain.append(open).append(">\n");
    profile.append(open).append(">\n");
    for (int v = 0; v < n; v++) {
      evaluations[v] = tiny ? random.nextInt(10) * 1e-7 : random.nextInt(21) * 0.5;
      max = Math.max(max, evaluations[v]);
      domain.append("  <item index=\"").append(v + 1).append("\" value=\"v").append(v);
      domain.append("\"/>\n");
      profile.append("  <item index=\"").append(v + 1).append("\" value=\"v").append(v);
      profile.append("\" evaluation=\"").append(evaluations[v]).append("\"/>\n");
    }
    domain.append("</issue>\n");
    profile.append("</issue>\n");
    double[] scores = new double[n];
    for (int v = 0; v < n; v++) {
      scores[v] = max < 0.00001 ? 0 : evaluations[v] / max;
    }
    return new GeneratedIssue(Kind.DISCRETE, domain.toString(), profile.toString(), scores);
  }

  private static GeneratedIssue integer(SplittableRandom random, int index, Kind kind) {
    int lower = random.nextInt(11) - 5;
    int upper = lower + random.nextInt(kind == Kind.INTEGER_LINEAR ? 9 : 4) + 3;
    int profileLower = lower + random.nextInt(5) - 2;
    double slope;
    double offset;
    if (kind == Kind.INTEGER_CLIPPED_BOTH_SIDES) {
      // Steep through the middle of the range: clipped to 0 at one end and to 1 at the other.
      slope = (random.nextBoolean() ? 1 : -1) * (0.35 + random.nextDouble());
      double middle = (lower + upper) / 2.0 + random.nextDouble() - 0.5;
      offset = 0.5 - slope * (middle - profileLower);
    } else {
      slope = random.nextInt(5) == 0 ? 0 : (random.nextDouble() - 0.5) * 0.6;
      offset = random.nextDouble() * 2 - 0.5;
    }
    double[] scores = new double[upper - lower + 1];
    for (int k = 0; k < scores.length; k++) {
      double e = slope * ((lower + k) - profileLower) + offset;
      scores[k] = e < 0 ? 0 : e > 1 ? 1 : e;
    }
    String domain =
        "<issue index=\""
            + index
            + "\" name=\"i"
            + index
            + "\" type=\"integer\" lowerbound=\""
            + lower
            + "\" upperbound=\""
            + upper
            + "\"/>\n";
    String profile =
        "<issue index=\""
            + index
            + "\" name=\"i"
            + index
            + "\" type=\"integer\" lowerbound=\""
            + profileLower
            + "\" upperbound=\""
            + upper
            + "\">\n  <evaluator ftype=\"linear\" slope=\""
            + slope
            + "\" offset=\""
            + offset
            + "\"/>\n</issue>\n";
    return new GeneratedIssue(kind, domain, profile, scores);
  }

  private static GeneratedIssue real(SplittableRandom random, int index, Kind kind) {
    double lower = (random.nextInt(201) - 100) / 10.0;
    double upper = lower + (1 + random.nextInt(200)) / 10.0;
    String range = "  <range lowerbound=\"" + lower + "\" upperbound=\"" + upper + "\"/>\n";
    String evaluator;
    double[] scores = new double[11];
    double[] grid = new double[11];
    for (int k = 0; k <= 10; k++) {
      grid[k] = lower + ((upper - lower) / 10) * k;
    }
    switch (kind) {
      case REAL_LINEAR -> {
        double p0 = random.nextDouble() * 3 - 1;
        double p1 = (random.nextDouble() - 0.5) * 0.4;
        evaluator = "parameter0=\"" + p0 + "\" parameter1=\"" + p1 + "\" ftype=\"linear\"";
        for (int k = 0; k <= 10; k++) {
          double e = p1 * grid[k] + p0;
          scores[k] = e < 0 ? 0 : e > 1 ? 1 : e;
        }
      }
      case REAL_CONSTANT -> {
        double p0 = random.nextInt(101) / 100.0;
        evaluator = "parameter0=\"" + p0 + "\" ftype=\"constant\"";
        java.util.Arrays.fill(scores, p0);
      }
      default -> {
        double a = lower + random.nextDouble() * (upper - lower) / 2;
        double b = upper - random.nextDouble() * (upper - lower) / 2;
        double top = a + random.nextDouble() * (b - a);
        evaluator =
            "parameter0=\""
                + a
                + "\" parameter1=\""
                + b
                + "\" parameter2=\""
                + top
                + "\" ftype=\"triangular\"";
        for (int k = 0; k <= 10; k++) {
          double x = grid[k];
          scores[k] =
              x < a ? 0 : x < top ? (x - a) / (top - a) : x < b ? 1 - (x - top) / (b - top) : 0;
        }
      }
    }
    String open = "<issue index=\"" + index + "\" name=\"r" + index + "\" type=\"real\">\n";
    String domain = open + range + "</issue>\n";
    String profile = open + range + "  <evaluator " + evaluator + "/>\n</issue>\n";
    return new GeneratedIssue(kind, domain, profile, scores);
  }

  /** Weights that sum to 1, to less than 1, or to more (GENIUS then caps at 1). */
  private static double[] weights(SplittableRandom random, int n) {
    double[] weights = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      weights[i] = 0.05 + random.nextInt(100) / 100.0;
      sum += weights[i];
    }
    int mode = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      weights[i] =
          mode == 0 ? weights[i] / sum : mode == 1 ? weights[i] / (sum * 1.25) : weights[i];
    }
    return weights;
  }

  private static String domainXml(List<GeneratedIssue> issues) {
    StringBuilder xml = new StringBuilder("<negotiation_template>\n<utility_space");
    xml.append(" number_of_issues=\"0\">\n<objective index=\"0\" name=\"root\" type=\"objective\"");
    xml.append(" etype=\"objective\">\n");
    issues.forEach(issue -> xml.append(issue.domainXml()));
    return xml.append("</objective>\n</utility_space>\n</negotiation_template>\n").toString();
  }

  private static String profileXml(
      List<GeneratedIssue> issues, double[] weights, double reservation) {
    StringBuilder xml = new StringBuilder("<utility_space type=\"LINEAR\">\n");
    xml.append("<objective index=\"0\" name=\"root\" type=\"objective\" etype=\"objective\">\n");
    for (int i = 0; i < issues.size(); i++) {
      xml.append(issues.get(i).profileXml());
      xml.append("<weight index=\"").append(i + 1).append("\" value=\"").append(weights[i]);
      xml.append("\"/>\n");
    }
    xml.append("</objective>\n<reservation value=\"").append(reservation).append("\"/>\n");
    return xml.append("</utility_space>\n").toString();
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
