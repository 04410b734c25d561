package io.parley.interop;

import io.parley.interop.GeniusDomain.IssueInfo;
import io.parley.interop.GeniusDomain.IssueType;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.ScenarioException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a GENIUS XML domain file, as GENIUS's {@code DomainImpl} does (docs/interop.md §GENIUS
 * domain).
 *
 * <p>The {@code <utility_space>} (the root, or a child of a {@code <negotiation_template>}) holds
 * one root {@code <objective>}; its issues, in pre-order through nested objectives, become the
 * issues of the space. {@code number_of_issues} is ignored, as it is unreliable. Discrete issues
 * keep their item values in document order; integer issues become ranges with step 1; real issues
 * become discrete grids of {@code realSteps + 1} evenly spaced numbers. Issue ids are derived from
 * the names ({@link Ids}); the names are kept as display names.
 */
public final class GeniusDomainReader {
  /** The number of intervals a real issue is cut into when none is given: 11 grid points. */
  public static final int DEFAULT_REAL_STEPS = 10;

  /** The most grid points a {@code --real-step} may cut one real issue into. */
  public static final long MAX_REAL_POINTS = 1_000_000;

  private GeniusDomainReader() {}

  /** Reads {@code file} with {@link #DEFAULT_REAL_STEPS}. */
  public static GeniusDomain read(Path file) {
    return read(file, DEFAULT_REAL_STEPS);
  }

  /**
   * Reads {@code file}.
   *
   * @param realSteps the number of intervals each real issue is cut into, at least 1
   * @throws ScenarioException if the file is not a well-formed GENIUS domain
   */
  public static GeniusDomain read(Path file, int realSteps) {
    if (realSteps < 1) {
      throw new IllegalArgumentException("realSteps " + realSteps + " < 1");
    }
    return read(file, realSteps, Optional.empty(), Set.of());
  }

  /**
   * Reads {@code file} with the real grid {@code options} choose.
   *
   * @param tabulated the GENIUS indices of integer issues to read as discrete issues labelled by
   *     their numbers ({@code "3"}, {@code "4"}, ...), for evaluators no linear or triangular value
   *     function reproduces
   * @throws ScenarioException if the file is not a well-formed GENIUS domain, or the real step
   *     leaves a real issue fewer than two grid points
   */
  public static GeniusDomain read(Path file, ImportOptions options, Set<Integer> tabulated) {
    return read(file, DEFAULT_REAL_STEPS, options.realStep(), tabulated);
  }

  private static GeniusDomain read(
      Path file, int realSteps, Optional<BigDecimal> realStep, Set<Integer> tabulated) {
    XmlSource xml = XmlSource.parse(file);
    Element objective = rootObjective(xml);
    List<Element> issueElements = new ArrayList<>();
    Set<String> objectiveIndices = new LinkedHashSet<>();
    collect(objective, issueElements, objectiveIndices);
    if (issueElements.isEmpty()) {
      throw xml.fail(objective, "the objective holds no <issue>; expected at least one");
    }
    Ids ids = new Ids("issue");
    List<Issue> issues = new ArrayList<>();
    List<IssueInfo> infos = new ArrayList<>();
    Map<Integer, Element> byIndex = new HashMap<>();
    for (Element element : issueElements) {
      int index = xml.integer(element, "index", "an integer issue index");
      Element previous = byIndex.put(index, element);
      if (previous != null || objectiveIndices.contains(String.valueOf(index))) {
        throw xml.fail(element, "index " + index + " is used twice; expected unique indices");
      }
      String name = xml.requireAttribute(element, "name", "the issue's name");
      IssueType type = issueType(xml, element);
      String id = ids.idFor(name);
      switch (type) {
        case DISCRETE -> {
          issues.add(discrete(xml, element, id, name));
          infos.add(new IssueInfo(index, name, type, List.of()));
        }
        case INTEGER -> {
          Issue range = integer(xml, element, id, name);
          issues.add(tabulated.contains(index) ? numbers((IntegerIssue) range) : range);
          infos.add(new IssueInfo(index, name, type, List.of()));
        }
        case REAL -> {
          List<Double> grid = realGrid(xml, element, realSteps, realStep);
          List<String> labels = new ArrayList<>();
          for (double x : grid) {
            labels.add(label(x));
          }
          if (new LinkedHashSet<>(labels).size() != labels.size()) {
            throw xml.fail(
                element, "the range is too narrow for " + realSteps + " distinct grid points");
          }
          issues.add(new DiscreteIssue(id, name, labels));
          infos.add(new IssueInfo(index, name, type, grid));
        }
        default -> throw new AssertionError(type);
      }
    }
    String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return new GeniusDomain(file.toString(), stem, new OutcomeSpace(issues), infos);
  }

  /** The decimal label of a real grid point: its shortest exact representation, plain. */
  static String label(double x) {
    return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }

  /** The root objective: the first {@code <objective>} of the {@code <utility_space>}. */
  static Element rootObjective(XmlSource xml) {
    Element root = xml.root();
    Element space;
    if (root.getTagName().equals("utility_space")) {
      space = root;
    } else if (root.getTagName().equals("negotiation_template")) {
      List<Element> spaces = XmlSource.children(root, "utility_space");
      if (spaces.isEmpty()) {
        throw xml.fail(root, "missing <utility_space>; a GENIUS domain needs one");
      }
      space = spaces.get(0);
    } else {
      throw xml.fail(
          root,
          "root element <"
              + root.getTagName()
              + ">; expected a GENIUS domain (<negotiation_template> or <utility_space>)");
    }
    List<Element> objectives = XmlSource.children(space, "objective");
    if (objectives.isEmpty()) {
      throw xml.fail(space, "missing <objective>; expected the root objective holding the issues");
    }
    return objectives.get(0);
  }

  /** The issues below {@code objective} in pre-order, and the indices of nested objectives. */
  private static void collect(Element objective, List<Element> issues, Set<String> objectives) {
    if (objective.hasAttribute("index")) {
      objectives.add(objective.getAttribute("index").trim());
    }
    for (Node n = objective.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        if (e.getTagName().equals("issue")) {
          issues.add(e);
        } else if (e.getTagName().equals("objective")) {
          collect(e, issues, objectives);
        }
      }
    }
  }

  /** GENIUS {@code ISSUETYPE.convertToType}: {@code type}, else {@code vtype}, else discrete. */
  static IssueType issueType(XmlSource xml, Element element) {
    String text =
        XmlSource.attribute(element, "type")
            .or(() -> XmlSource.attribute(element, "vtype"))
            .orElse("discrete");
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "discrete" -> IssueType.DISCRETE;
      case "integer" -> IssueType.INTEGER;
      case "real" -> IssueType.REAL;
      default ->
          throw xml.fail(
              element, "issue type \"" + text + "\"; expected discrete, integer or real");
    };
  }

  private static Issue discrete(XmlSource xml, Element element, String id, String name) {
    List<Element> items = XmlSource.children(element, "item");
    if (items.isEmpty()) {
      throw xml.fail(element, "discrete issue '" + name + "' has no <item>; expected at least one");
    }
    List<String> labels = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Element item : items) {
      String value = xml.requireAttribute(item, "value", "the value's label");
      if (!seen.add(value)) {
        throw xml.fail(item, "value \"" + value + "\" is listed twice; expected unique values");
      }
      labels.add(value);
    }
    return new DiscreteIssue(id, name, labels);
  }

  private static Issue integer(XmlSource xml, Element element, String id, String name) {
    int lower = xml.integer(element, "lowerbound", "an integer lower bound");
    int upper = xml.integer(element, "upperbound", "an integer upper bound");
    if (lower > upper) {
      throw xml.fail(
          element, "lowerbound " + lower + " > upperbound " + upper + "; expected lower <= upper");
    }
    try {
      return new IntegerIssue(id, name, lower, upper, 1);
    } catch (IllegalArgumentException e) {
      throw xml.fail(element, e.getMessage());
    }
  }

  /** An integer range as a discrete issue of its numbers, in order. */
  private static DiscreteIssue numbers(IntegerIssue range) {
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < range.size(); k++) {
      labels.add(Long.toString(range.valueOf(k)));
    }
    return new DiscreteIssue(range.id(), range.name(), labels);
  }

  /**
   * The grid of a real issue: with a {@code step}, the points {@code lower + k·step <= upper}
   * (computed in exact decimals, then rounded once to doubles), at least two; else GENIUS's
   * discretisation {@code lower + ((upper - lower) / steps) * k}, k = 0..steps.
   */
  private static List<Double> realGrid(
      XmlSource xml, Element element, int steps, Optional<BigDecimal> step) {
    List<Element> ranges = XmlSource.children(element, "range");
    if (ranges.isEmpty()) {
      throw xml.fail(
          element, "real issue without <range lowerbound=\"..\" upperbound=\"..\"/>; expected one");
    }
    Element range = ranges.get(0);
    double lower = xml.number(range, "lowerbound", "a number");
    double upper = xml.number(range, "upperbound", "a number");
    if (!(lower < upper)) {
      throw xml.fail(
          range, "lowerbound " + lower + " >= upperbound " + upper + "; expected lower < upper");
    }
    List<Double> grid = new ArrayList<>();
    if (step.isPresent()) {
      BigDecimal low = new BigDecimal(Double.toString(lower));
      BigDecimal high = new BigDecimal(Double.toString(upper));
      BigDecimal width = step.get();
      if (low.add(width).compareTo(high) > 0) {
        throw xml.fail(
            range,
            "--real-step "
                + width.toPlainString()
                + " is wider than the range ["
                + label(lower)
                + ", "
                + label(upper)
                + "]; expected a step of at most "
                + high.subtract(low).toPlainString()
                + ", so that the issue has two values or more");
      }
      long count = high.subtract(low).divideToIntegralValue(width).longValueExact() + 1;
      if (count > MAX_REAL_POINTS) {
        throw xml.fail(
            range,
            "--real-step "
                + width.toPlainString()
                + " cuts the range into "
                + count
                + " points; expected at most "
                + MAX_REAL_POINTS);
      }
      for (long k = 0; k < count; k++) {
        grid.add(low.add(width.multiply(BigDecimal.valueOf(k))).doubleValue());
      }
      return grid;
    }
    for (int k = 0; k <= steps; k++) {
      grid.add(lower + ((upper - lower) / steps) * k);
    }
    return grid;
  }
}
