package io.parley.interop;

import io.parley.interop.GeniusDomain.IssueInfo;
import io.parley.interop.GeniusDomain.IssueType;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.CappedAdditiveUtility;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.UtilityFunction;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The additive part of a GENIUS linear or uncertain profile ({@code
 * AdditiveUtilitySpace.loadTreeRecursive}): one evaluator and one weight per issue, {@code u =
 * min(1, Σ w_i · e_i)}.
 *
 * <p>Weights are matched to issues by {@code index} among the {@code <weight>} elements beside the
 * {@code <issue>}, and used as written (never renormalised). The result is a {@link
 * LinearAdditiveUtility} when the weights sum to 1 within {@link
 * LinearAdditiveUtility#WEIGHT_SUM_TOLERANCE} and the cap cannot bind, so the fast analysis
 * applies; otherwise a {@link CappedAdditiveUtility}.
 */
final class GeniusAdditiveReader {
  /**
   * How far the weights may sum from 1 before the import warns: GENIUS files often carry weights
   * rounded to a few decimals (partydomain's 0.9999991), which is no news to anyone.
   */
  static final double WEIGHT_WARNING_TOLERANCE = 1e-6;

  private GeniusAdditiveReader() {}

  /**
   * An integer evaluator no Parley linear or triangular value function reproduces (clipped on both
   * sides, or bent between two integers): the issue must be read as a table of its numbers.
   */
  static final class UnfittedInteger extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int index;

    UnfittedInteger(int index, String reason) {
      super(reason, null, false, false);
      this.index = index;
    }

    /** The GENIUS index of the issue. */
    int index() {
      return index;
    }
  }

  static UtilityFunction read(
      XmlSource xml, GeniusDomain domain, List<String> notes, Warnings warnings) {
    OutcomeSpace space = domain.space();
    int n = space.issueCount();
    Double[] weights = new Double[n];
    ValueFunction[] functions = new ValueFunction[n];
    walk(xml, xml.root(), domain, weights, functions);
    for (int i = 0; i < n; i++) {
      if (functions[i] == null) {
        IssueInfo info = domain.issues().get(i);
        throw xml.fail(
            xml.root(),
            "no <issue index=\""
                + info.index()
                + "\"> with a <weight> for domain issue '"
                + info.name()
                + "'; GENIUS needs an evaluator and a weight for every issue of "
                + domain.file());
      }
    }
    List<Double> weightList = Arrays.asList(weights);
    List<ValueFunction> functionList = Arrays.asList(functions);
    CappedAdditiveUtility capped = new CappedAdditiveUtility(space, weightList, functionList);
    boolean sumsToOne =
        Math.abs(capped.weightSum() - 1.0) <= LinearAdditiveUtility.WEIGHT_SUM_TOLERANCE;
    if (sumsToOne && !capped.capBinds()) {
      return new LinearAdditiveUtility(space, weightList, functionList);
    }
    double sum = capped.weightSum();
    if (!(sum > 0)) {
      throw xml.fail(
          xml.root(), "the issue weights sum to " + sum + "; expected a positive sum (ideally 1)");
    }
    if (sum < 1 - WEIGHT_WARNING_TOLERANCE) {
      // Below 1 the cap cannot bind: u = Σ w·e exactly, re-expressed with weights summing to 1.
      warnings.warn(
          "the issue weights sum to "
              + sum
              + ", not 1; normalised to sum to 1, with every issue's scores multiplied by "
              + sum
              + " so that each utility is still GENIUS's Σ w·e",
          message -> xml.fail(xml.root(), message));
      List<Double> normalised = weightList.stream().map(w -> w / sum).toList();
      List<ValueFunction> scaled =
          functionList.stream().map(f -> GeniusEvaluators.scaled(f, sum)).toList();
      return new LinearAdditiveUtility(space, normalised, scaled);
    }
    if (sum > 1 + WEIGHT_WARNING_TOLERANCE) {
      warnings.warn(
          "the issue weights sum to "
              + sum
              + ", not 1; used as written with GENIUS's cap at 1, as GENIUS does",
          message -> xml.fail(xml.root(), message));
    }
    notes.add(
        "weights sum to "
            + capped.weightSum()
            + (capped.capBinds()
                ? "; GENIUS caps utilities at 1, which binds (uncapped best "
                    + capped.uncappedMaximum()
                    + ")"
                : "; GENIUS uses them as written (no renormalisation)"));
    return capped;
  }

  /** One level of the tree: the weights and issues among {@code parent}'s children, then below. */
  private static void walk(
      XmlSource xml,
      Element parent,
      GeniusDomain domain,
      Double[] weights,
      ValueFunction[] functions) {
    Map<Integer, Double> levelWeights = new HashMap<>();
    Map<Integer, Element> weightElements = new HashMap<>();
    for (Element weight : XmlSource.children(parent, "weight")) {
      int index = xml.integer(weight, "index", "the integer index of an issue");
      double value = xml.number(weight, "value", "a weight (a number >= 0)");
      if (value < 0) {
        throw xml.fail(weight, "weight " + value + " is negative; expected a number >= 0");
      }
      if (levelWeights.put(index, value) != null) {
        throw xml.fail(weight, "a second weight for index " + index + "; expected one per issue");
      }
      weightElements.put(index, weight);
      if (domain.positionOfIndex(index).isEmpty() && !isObjectiveIndex(xml, index)) {
        throw xml.fail(
            weight,
            "weight for index "
                + index
                + ", which is not an issue of the domain "
                + domain.file()
                + "; its issue indices are "
                + indices(domain));
      }
    }
    for (Element issueElement : XmlSource.children(parent, "issue")) {
      int index = xml.integer(issueElement, "index", "the integer index of a domain issue");
      int position =
          domain
              .positionOfIndex(index)
              .orElseThrow(
                  () ->
                      xml.fail(
                          issueElement,
                          "issue index "
                              + index
                              + " is not in the domain "
                              + domain.file()
                              + "; its issue indices are "
                              + indices(domain)));
      Double weight = levelWeights.get(index);
      if (weight == null) {
        throw xml.fail(
            issueElement,
            "no <weight index=\""
                + index
                + "\"> beside this issue; expected one (GENIUS gives"
                + " an issue without a weight no evaluator)");
      }
      if (functions[position] != null) {
        throw xml.fail(issueElement, "issue index " + index + " appears twice; expected once");
      }
      weights[position] = weight;
      functions[position] = evaluator(xml, issueElement, domain, position);
    }
    for (Element objective : XmlSource.children(parent, "objective")) {
      walk(xml, objective, domain, weights, functions);
    }
  }

  private static boolean isObjectiveIndex(XmlSource xml, int index) {
    for (Element objective : XmlSource.descendants(xml.root(), "objective")) {
      if (objective.getAttribute("index").trim().equals(String.valueOf(index))) {
        return true;
      }
    }
    return false;
  }

  private static String indices(GeniusDomain domain) {
    return String.join(", ", domain.issues().stream().map(i -> String.valueOf(i.index())).toList());
  }

  /** The evaluator's type: GENIUS reads {@code type} only, absent meaning discrete. */
  private static ValueFunction evaluator(
      XmlSource xml, Element element, GeniusDomain domain, int position) {
    IssueInfo info = domain.issues().get(position);
    String typeText = XmlSource.attribute(element, "type").orElse("discrete").trim();
    IssueType type;
    try {
      type = IssueType.valueOf(typeText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw xml.fail(
          element, "issue type \"" + typeText + "\"; expected discrete, integer or real");
    }
    if (type != info.type()) {
      throw xml.fail(
          element,
          "the profile treats issue '"
              + info.name()
              + "' as "
              + type.name().toLowerCase(Locale.ROOT)
              + " but the domain declares it "
              + info.type().name().toLowerCase(Locale.ROOT));
    }
    Issue issue = domain.space().issue(position);
    return switch (type) {
      case DISCRETE -> discrete(xml, element, (DiscreteIssue) issue);
      case INTEGER -> integer(xml, element, issue, info);
      case REAL -> real(xml, element, (DiscreteIssue) issue, info);
    };
  }

  private static ValueTable discrete(XmlSource xml, Element element, DiscreteIssue issue) {
    Map<String, Double> evaluations = new LinkedHashMap<>();
    for (Element item : XmlSource.children(element, "item")) {
      String value = xml.requireAttribute(item, "value", "one of the issue's values");
      if (issue.indexOf(value) < 0) {
        throw xml.fail(
            item,
            "value \""
                + value
                + "\" is not a value of issue '"
                + issue.name()
                + "' in the domain; expected one of "
                + quoted(issue.labels()));
      }
      String text = XmlSource.attribute(item, "evaluation").orElse("null");
      if (text.equals("null")) {
        throw xml.fail(item, "missing attribute 'evaluation' (expected a number >= 0)");
      }
      double evaluation = xml.number(item, "evaluation", "a number >= 0");
      if (evaluation < 0) {
        throw xml.fail(
            item, "evaluation " + evaluation + " is negative; GENIUS accepts only values >= 0");
      }
      if (evaluations.put(value, evaluation) != null) {
        throw xml.fail(item, "value \"" + value + "\" is evaluated twice; expected once");
      }
    }
    for (String label : issue.labels()) {
      if (!evaluations.containsKey(label)) {
        throw xml.fail(
            element,
            "no evaluation for value \""
                + label
                + "\" of issue '"
                + issue.name()
                + "'; expected an <item value=\""
                + label
                + "\" evaluation=\"..\"/> for every domain value");
      }
    }
    return GeniusEvaluators.discrete(issue, evaluations);
  }

  /**
   * An integer evaluator: a linear or triangular function on an integer issue, or — on an issue the
   * domain reader tabulated because some profile's evaluator needs it — a value table of GENIUS's
   * own scores for each number.
   */
  private static ValueFunction integer(
      XmlSource xml, Element element, Issue issue, IssueInfo info) {
    int lower = xml.integer(element, "lowerbound", "the integer lower bound of the evaluator");
    xml.integer(element, "upperbound", "the integer upper bound of the evaluator");
    double slope = 0;
    double offset = 0;
    List<Element> evaluators = XmlSource.children(element, "evaluator");
    if (!evaluators.isEmpty()) {
      Element evaluator = evaluators.get(0);
      String ftype = XmlSource.attribute(evaluator, "ftype").orElse("linear").trim();
      if (!ftype.equalsIgnoreCase("linear")) {
        throw xml.fail(
            evaluator,
            "integer evaluator ftype=\""
                + ftype
                + "\" is unknown; GENIUS's EvaluatorInteger is linear (slope, offset)");
      }
      slope = xml.number(evaluator, "slope", "a number");
      offset = xml.number(evaluator, "offset", "a number");
    }
    if (issue instanceof DiscreteIssue table) {
      var scores = new LinkedHashMap<String, Double>();
      for (String label : table.labels()) {
        scores.put(label, GeniusEvaluators.integer(Long.parseLong(label), lower, slope, offset));
      }
      return new ValueTable(scores);
    }
    Optional<ValueFunction> fitted =
        GeniusEvaluators.fitInteger((IntegerIssue) issue, lower, slope, offset);
    if (fitted.isEmpty()) {
      throw new UnfittedInteger(
          info.index(),
          xml.fail(
                  evaluators.isEmpty() ? element : evaluators.get(0),
                  "issue '"
                      + info.name()
                      + "' is read as a table of its numbers: the integer evaluator slope "
                      + slope
                      + ", offset "
                      + offset
                      + " is clipped to [0, 1] on both sides or bent between two integers, which"
                      + " no linear or triangular value function reproduces")
              .getMessage());
    }
    return fitted.get();
  }

  private static ValueTable real(
      XmlSource xml, Element element, DiscreteIssue issue, IssueInfo info) {
    if (XmlSource.children(element, "range").isEmpty()) {
      throw xml.fail(element, "real issue without <range>; expected one as GENIUS reads it");
    }
    List<Element> evaluators = XmlSource.children(element, "evaluator");
    if (evaluators.isEmpty()) {
      throw xml.fail(element, "real issue without <evaluator ftype=\"..\">; expected one");
    }
    Element evaluator = evaluators.get(0);
    String ftype = xml.requireAttribute(evaluator, "ftype", "linear, constant or triangular");
    var scores = new LinkedHashMap<String, Double>();
    for (int k = 0; k < issue.size(); k++) {
      double x = info.gridValues().get(k);
      double score =
          switch (ftype.trim().toLowerCase(Locale.ROOT)) {
            case "linear" ->
                GeniusEvaluators.realLinear(
                    x,
                    xml.number(evaluator, "parameter0", "a number"),
                    xml.number(evaluator, "parameter1", "a number"));
            case "constant" -> xml.number(evaluator, "parameter0", "a number");
            case "triangular" ->
                GeniusEvaluators.triangular(
                    x,
                    xml.number(evaluator, "parameter0", "the lower bound"),
                    xml.number(evaluator, "parameter1", "the upper bound"),
                    xml.number(evaluator, "parameter2", "the top"));
            default ->
                throw xml.fail(
                    evaluator,
                    "ftype=\""
                        + ftype
                        + "\" is not supported; expected linear, constant or triangular");
          };
      if (!(score >= 0 && score <= 1)) {
        throw xml.fail(
            evaluator,
            "scores "
                + issue.labelAt(k)
                + " at "
                + score
                + ", outside [0, 1]; GENIUS does not clip this evaluator and Parley needs scores in"
                + " [0, 1]");
      }
      scores.put(issue.labelAt(k), score);
    }
    return new ValueTable(scores);
  }

  private static String quoted(List<String> labels) {
    return String.join(", ", labels.stream().map(l -> "\"" + l + "\"").toList());
  }
}
