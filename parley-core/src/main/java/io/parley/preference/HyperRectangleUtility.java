package io.parley.preference;

import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.List;

/**
 * A non-linear utility made of weighted hyper-rectangles over integer issues, as in GENIUS's {@code
 * NonlinearUtilitySpace}: {@code u(o) = min(1, f(o) / maxUtility)}, where {@code f} is the {@link
 * Function root function}.
 *
 * <p>A function aggregates ({@link Aggregation sum, min or max}) the values of its rectangles and
 * of its child functions, each child multiplied by the child's weight; the root's own weight is not
 * applied (GENIUS {@code UtilityFunction.getUtility}). A rectangle is worth {@code utility ·
 * weight} when it {@link Rectangle#matches matches} the outcome and 0 otherwise.
 *
 * <p>Immutable. Every bound is compiled at construction into a per-value membership table, so an
 * evaluation costs one array look-up per bound.
 */
public final class HyperRectangleUtility implements UtilityFunction {
  private final OutcomeSpace space;
  private final Function root;
  private final double maxUtility;
  private final CompiledFunction compiled;

  /**
   * @param root the root function
   * @param maxUtility the divisor {@code maxutility}, a finite number > 0
   * @throws IllegalArgumentException if a bound names an issue that is not an integer range, a
   *     utility or weight is negative or not finite, a min or max function is empty, or {@code
   *     maxUtility} is not positive
   */
  public HyperRectangleUtility(OutcomeSpace space, Function root, double maxUtility) {
    if (!(maxUtility > 0) || Double.isInfinite(maxUtility)) {
      throw new IllegalArgumentException("maxutility " + maxUtility + " is not a number > 0");
    }
    this.space = space;
    this.root = root;
    this.maxUtility = maxUtility;
    this.compiled = compile(space, root);
  }

  @Override
  public OutcomeSpace space() {
    return space;
  }

  /** The root function. */
  public Function root() {
    return root;
  }

  /** The divisor {@code maxutility}. */
  public double maxUtility() {
    return maxUtility;
  }

  /** The raw value {@code f(o)} of the root function, before division and cap. */
  public double rawValue(Outcome outcome) {
    return compiled.value(outcome);
  }

  @Override
  public double utility(Outcome outcome) {
    double result = compiled.value(outcome) / maxUtility;
    return result > 1.0 ? 1.0 : result;
  }

  /** How a function combines the values of its parts. */
  public enum Aggregation {
    /** The sum of the parts (0 when there are none). */
    SUM,
    /** The smallest part. */
    MIN,
    /** The largest part. */
    MAX
  }

  /** Whether a rectangle is worth its utility inside its box, outside it, or everywhere. */
  public enum Match {
    /** GENIUS {@code INCLUDES}: every bound holds. */
    INSIDE,
    /** GENIUS {@code EXCLUDES}: some bound fails. */
    OUTSIDE,
    /** A rectangle with no bounds: always. */
    ALWAYS
  }

  /**
   * "The issue at {@code position} takes a value in [{@code min}, {@code max}]", on the issue's
   * integer values (not value indices).
   */
  public record Bound(int position, long min, long max) {}

  /**
   * A weighted hyper-rectangle.
   *
   * @param match when the rectangle counts; {@link Match#ALWAYS} exactly when {@code bounds} is
   *     empty
   * @param utility the value when it counts, a finite number >= 0
   * @param weight the rectangle's weight, a finite number >= 0 (GENIUS default 1)
   */
  public record Rectangle(Match match, List<Bound> bounds, double utility, double weight) {
    /**
     * @throws IllegalArgumentException if {@code match} and the bounds disagree, or the utility or
     *     weight is negative or not finite
     */
    public Rectangle {
      bounds = List.copyOf(bounds);
      if ((match == Match.ALWAYS) != bounds.isEmpty()) {
        throw new IllegalArgumentException(
            "a rectangle has no bounds exactly when it always matches; got "
                + match
                + " with "
                + bounds.size()
                + " bounds");
      }
      checkNonNegative(utility, "rectangle utility");
      checkNonNegative(weight, "rectangle weight");
    }
  }

  /**
   * A function: an aggregation over rectangles and weighted child functions.
   *
   * @param weight the factor applied when this function is a child (ignored at the root)
   */
  public record Function(
      Aggregation aggregation, double weight, List<Rectangle> rectangles, List<Function> children) {
    /**
     * @throws IllegalArgumentException if the weight is negative or not finite, or a min or max
     *     function has no parts
     */
    public Function {
      rectangles = List.copyOf(rectangles);
      children = List.copyOf(children);
      checkNonNegative(weight, "function weight");
      if (aggregation != Aggregation.SUM && rectangles.isEmpty() && children.isEmpty()) {
        throw new IllegalArgumentException(
            "a "
                + aggregation.name().toLowerCase(java.util.Locale.ROOT)
                + " function has no parts");
      }
    }
  }

  private static void checkNonNegative(double value, String what) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " " + value + " is not a number >= 0");
    }
  }

  private static CompiledFunction compile(OutcomeSpace space, Function function) {
    CompiledRectangle[] rectangles = new CompiledRectangle[function.rectangles().size()];
    for (int r = 0; r < rectangles.length; r++) {
      Rectangle rectangle = function.rectangles().get(r);
      int k = rectangle.bounds().size();
      int[] positions = new int[k];
      boolean[][] inside = new boolean[k][];
      for (int b = 0; b < k; b++) {
        Bound bound = rectangle.bounds().get(b);
        if (bound.position() < 0 || bound.position() >= space.issueCount()) {
          throw new IllegalArgumentException(
              "a bound names issue position " + bound.position() + ", outside the space");
        }
        Issue issue = space.issue(bound.position());
        if (!(issue instanceof IntegerIssue range)) {
          throw new IllegalArgumentException(
              "hyper-rectangles bound integer issues, but issue '" + issue.id() + "' is discrete");
        }
        positions[b] = bound.position();
        inside[b] = new boolean[range.size()];
        for (int v = 0; v < range.size(); v++) {
          long value = range.valueOf(v);
          inside[b][v] = value >= bound.min() && value <= bound.max();
        }
      }
      rectangles[r] =
          new CompiledRectangle(
              rectangle.match(), positions, inside, rectangle.utility() * rectangle.weight());
    }
    CompiledFunction[] children = new CompiledFunction[function.children().size()];
    double[] weights = new double[children.length];
    for (int c = 0; c < children.length; c++) {
      children[c] = compile(space, function.children().get(c));
      weights[c] = function.children().get(c).weight();
    }
    return new CompiledFunction(function.aggregation(), rectangles, children, weights);
  }

  private record CompiledRectangle(
      Match match, int[] positions, boolean[][] inside, double weightedUtility) {
    double value(Outcome outcome) {
      for (int b = 0; b < positions.length; b++) {
        boolean in = inside[b][outcome.valueIndex(positions[b])];
        if (match == Match.INSIDE && !in) {
          return 0.0;
        }
        if (match == Match.OUTSIDE && !in) {
          return weightedUtility;
        }
      }
      return match == Match.OUTSIDE ? 0.0 : weightedUtility;
    }
  }

  private record CompiledFunction(
      Aggregation aggregation,
      CompiledRectangle[] rectangles,
      CompiledFunction[] children,
      double[] weights) {
    /** GENIUS {@code UtilityFunction.getUtility}: rectangles first, then weighted children. */
    double value(Outcome outcome) {
      double result =
          switch (aggregation) {
            case SUM -> 0.0;
            case MIN -> Integer.MAX_VALUE;
            case MAX -> -Integer.MAX_VALUE;
          };
      for (CompiledRectangle rectangle : rectangles) {
        result = combine(result, rectangle.value(outcome));
      }
      for (int c = 0; c < children.length; c++) {
        result = combine(result, children[c].value(outcome) * weights[c]);
      }
      return result;
    }

    private double combine(double sofar, double part) {
      return switch (aggregation) {
        case SUM -> sofar + part;
        case MIN -> sofar > part ? part : sofar;
        case MAX -> sofar < part ? part : sofar;
      };
    }
  }
}
