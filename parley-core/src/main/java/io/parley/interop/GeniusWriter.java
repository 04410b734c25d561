package io.parley.interop;

import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.CappedAdditiveUtility;
import io.parley.preference.HyperRectangleUtility;
import io.parley.preference.HyperRectangleUtility.Bound;
import io.parley.preference.HyperRectangleUtility.Function;
import io.parley.preference.HyperRectangleUtility.Match;
import io.parley.preference.HyperRectangleUtility.Rectangle;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.UtilityFunction;
import io.parley.preference.ValueFunction;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.RunSection;
import io.parley.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Writes a scenario as a GENIUS domain file and one GENIUS profile per party into a directory, such
 * that GENIUS (and {@link ScenarioSource}) compute the same utilities.
 *
 * <p>Additive utilities become linear profiles (uncertain ones keep {@code type="UNCERTAIN"} and
 * their elicitation fields), hyper-rectangle utilities non-linear profiles. Because GENIUS divides
 * discrete evaluations by the issue's largest, an issue whose best score is {@code m} in (0, 1) is
 * written with evaluations {@code s/m} and weight {@code w·m} (equal up to floating-point
 * rounding). Integer issues with step 1 whose value functions are all linear stay integer issues
 * with a linear evaluator; other integer issues become discrete issues labelled by their numbers.
 * Red lines cannot be expressed and are refused with a {@link ConversionException}; mediators and
 * other non-parties are left out.
 */
public final class GeniusWriter {
  private GeniusWriter() {}

  /**
   * Writes {@code imported} into {@code directory} (created if needed): {@code
   * <scenario>-domain.xml} and {@code <party>.xml} per party.
   *
   * @return notes on what the files cannot carry or carry only approximately
   * @throws ConversionException if some party's preferences cannot be expressed in GENIUS
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<String> write(ImportedScenario imported, Path directory) {
    Scenario scenario = imported.scenario();
    OutcomeSpace space = scenario.space();
    List<String> notes = new ArrayList<>();
    if (!scenario.run().equals(RunSection.NONE)) {
      notes.add(
          "the run section (protocol, deadline, sessions, strategies) has no place in GENIUS files; dropped");
    }
    for (Party party : scenario.parties()) {
      if (party.role() != Role.PARTY) {
        notes.add(
            party.id() + ": a " + party.role().fileName() + " has no GENIUS profile; left out");
      }
    }
    for (var entry : scenario.preferences().entrySet()) {
      if (!entry.getValue().redLines().isEmpty()) {
        throw ConversionException.redLines(
            entry.getKey(), "GENIUS", entry.getValue().redLines(), space);
      }
    }
    boolean[] integer = integerIssues(scenario, notes);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + directory, e);
    }
    String base = Ids.slug(scenario.name()).isEmpty() ? "scenario" : Ids.slug(scenario.name());
    XmlOutput domain = XmlOutput.create();
    Element template = domain.element("negotiation_template");
    Element utilitySpace =
        domain.child(template, "utility_space", "number_of_issues", "" + space.issueCount());
    Element objective = objective(domain, utilitySpace, scenario.name());
    for (int i = 0; i < space.issueCount(); i++) {
      issue(domain, objective, space.issue(i), i, integer[i]);
    }
    domain.write(template, directory.resolve(base + "-domain.xml"));
    for (var entry : scenario.preferences().entrySet()) {
      String party = entry.getKey();
      Optional<ImportedProfile> profile = imported.profile(party);
      profile(entry.getValue(), party, profile, scenario, integer, notes)
          .write(directory.resolve(party + ".xml"));
    }
    return notes;
  }

  /** Which issues can stay GENIUS integer issues. */
  private static boolean[] integerIssues(Scenario scenario, List<String> notes) {
    OutcomeSpace space = scenario.space();
    boolean[] integer = new boolean[space.issueCount()];
    for (int i = 0; i < integer.length; i++) {
      Issue issue = space.issue(i);
      if (!(issue instanceof IntegerIssue range)) {
        continue;
      }
      boolean linear = range.step() == 1;
      boolean rectangles = false;
      for (Preferences preferences : scenario.preferences().values()) {
        UtilityFunction u = preferences.utility();
        if (u instanceof HyperRectangleUtility) {
          rectangles = true;
        } else {
          linear &= functions(u).get(i) instanceof LinearValueFunction;
        }
      }
      if (!linear && rectangles) {
        throw new ConversionException(
            "cannot write issue '"
                + issue.id()
                + "' as GENIUS: hyper-rectangles need a GENIUS integer issue (step 1, linear"
                + " evaluators), but it has step "
                + range.step()
                + " or a non-linear value function");
      }
      integer[i] = linear;
      if (!linear) {
        notes.add(
            "issue '"
                + issue.id()
                + "' becomes a GENIUS discrete issue labelled by its numbers: GENIUS integer"
                + " issues have step 1 and linear evaluators");
      }
    }
    return integer;
  }

  private static List<ValueFunction> functions(UtilityFunction utility) {
    if (utility instanceof LinearAdditiveUtility linear) {
      return linear.valueFunctions();
    }
    return ((CappedAdditiveUtility) utility).valueFunctions();
  }

  private static List<Double> weights(UtilityFunction utility) {
    if (utility instanceof LinearAdditiveUtility linear) {
      return linear.weights();
    }
    return ((CappedAdditiveUtility) utility).weights();
  }

  private static Element objective(XmlOutput xml, Element parent, String name) {
    return xml.child(
        parent,
        "objective",
        "index",
        "0",
        "etype",
        "objective",
        "type",
        "objective",
        "description",
        "",
        "name",
        name);
  }

  private static Element issue(
      XmlOutput xml, Element parent, Issue issue, int position, boolean integer) {
    String type = integer ? "integer" : "discrete";
    Element element =
        xml.child(
            parent,
            "issue",
            "index",
            "" + (position + 1),
            "etype",
            type,
            "type",
            type,
            "vtype",
            type,
            "name",
            issue.name());
    if (integer) {
      IntegerIssue range = (IntegerIssue) issue;
      element.setAttribute("lowerbound", "" + range.min());
      element.setAttribute("upperbound", "" + range.last());
    } else {
      for (int v = 0; v < issue.size(); v++) {
        xml.child(element, "item", "index", "" + (v + 1), "value", issue.labelAt(v));
      }
    }
    return element;
  }

  private record Profile(XmlOutput xml, Element root) {
    void write(Path file) {
      xml.write(root, file);
    }
  }

  private static Profile profile(
      Preferences preferences,
      String party,
      Optional<ImportedProfile> imported,
      Scenario scenario,
      boolean[] integer,
      List<String> notes) {
    XmlOutput xml = XmlOutput.create();
    Element root = xml.element("utility_space");
    Optional<Uncertainty> uncertainty = imported.flatMap(ImportedProfile::uncertainty);
    UtilityFunction utility = preferences.utility();
    OutcomeSpace space = scenario.space();
    Element objective = objective(xml, root, scenario.name());
    if (utility instanceof HyperRectangleUtility rectangles) {
      root.setAttribute("type", "NONLINEAR");
      for (int i = 0; i < space.issueCount(); i++) {
        issue(xml, objective, space.issue(i), i, integer[i]);
      }
      Element u =
          xml.child(objective, "utility", "maxutility", Numbers.text(rectangles.maxUtility()));
      function(xml, u, rectangles.root());
    } else {
      if (uncertainty.isPresent()) {
        root.setAttribute("type", "UNCERTAIN");
      }
      additive(xml, objective, utility, party, space, integer, notes);
    }
    xml.child(root, "discount_factor", "value", Numbers.text(preferences.discount()));
    xml.child(root, "reservation", "value", Numbers.text(preferences.reservation()));
    if (uncertainty.isPresent() && !(utility instanceof HyperRectangleUtility)) {
      Uncertainty x = uncertainty.get();
      xml.textChild(root, "comparisons", "" + x.comparisons());
      xml.textChild(root, "errors", "" + x.errors());
      xml.textChild(root, "elicitation_cost", Numbers.text(x.elicitationCost()));
      xml.textChild(root, "fixed_seed", "" + x.fixedSeed());
      xml.textChild(root, "experimental", "" + x.experimental());
    }
    return new Profile(xml, root);
  }

  private static void additive(
      XmlOutput xml,
      Element objective,
      UtilityFunction utility,
      String party,
      OutcomeSpace space,
      boolean[] integer,
      List<String> notes) {
    List<ValueFunction> functions = functions(utility);
    List<Double> weights = weights(utility);
    double[] written = new double[space.issueCount()];
    int folded = 0;
    for (int i = 0; i < space.issueCount(); i++) {
      Issue issue = space.issue(i);
      Element element = issue(xml, objective, issue, i, integer[i]);
      double[] scores = functions.get(i).scores(issue);
      written[i] = weights.get(i);
      if (integer[i]) {
        LinearValueFunction linear = (LinearValueFunction) functions.get(i);
        xml.child(
            element,
            "evaluator",
            "ftype",
            "linear",
            "slope",
            Numbers.text(slope(linear, issue.size() - 1)),
            "offset",
            Numbers.text(linear.from()));
        continue;
      }
      double max = 0;
      for (double s : scores) {
        max = Math.max(max, s);
      }
      double divisor = max == 0 || max == 1 ? 1 : max;
      if (divisor != 1) {
        folded++;
        written[i] = weights.get(i) * max;
      }
      var items = XmlSource.children(element, "item");
      for (int v = 0; v < scores.length; v++) {
        items.get(v).setAttribute("evaluation", Numbers.text(scores[v] / divisor));
      }
    }
    for (int i = 0; i < space.issueCount(); i++) {
      xml.child(objective, "weight", "index", "" + (i + 1), "value", Numbers.text(written[i]));
    }
    if (folded > 0) {
      notes.add(
          party
              + ": "
              + folded
              + " issue(s) score at most m < 1; GENIUS divides evaluations by the largest, so they"
              + " are written as s/m with weight w·m (equal up to floating-point rounding)");
    }
  }

  /**
   * A slope that GENIUS turns back into exactly {@code to} at the last value: {@code clip(slope ·
   * steps + from) == to}, searched a few units in the last place around {@code (to − from) /
   * steps}.
   */
  static double slope(LinearValueFunction linear, long steps) {
    if (steps == 0) {
      return 0;
    }
    double slope = (linear.to() - linear.from()) / steps;
    double up = slope;
    double down = slope;
    for (int k = 0; k < 16; k++) {
      if (GeniusEvaluators.integer(steps, 0, up, linear.from()) == linear.to()) {
        return up;
      }
      if (GeniusEvaluators.integer(steps, 0, down, linear.from()) == linear.to()) {
        return down;
      }
      up = Math.nextUp(up);
      down = Math.nextDown(down);
    }
    return slope;
  }

  private static void function(XmlOutput xml, Element parent, Function function) {
    Element ufun =
        xml.child(
            parent,
            "ufun",
            "type",
            "PlainUfun",
            "weight",
            Numbers.text(function.weight()),
            "aggregation",
            function.aggregation().name().toLowerCase(Locale.ROOT));
    for (Rectangle rectangle : function.rectangles()) {
      Element element =
          xml.child(
              ufun,
              "hyperRectangle",
              "utility",
              Numbers.text(rectangle.utility()),
              "weight",
              Numbers.text(rectangle.weight()));
      String tag = rectangle.match() == Match.OUTSIDE ? "EXCLUDES" : "INCLUDES";
      for (Bound bound : rectangle.bounds()) {
        xml.child(
            element,
            tag,
            "index",
            "" + (bound.position() + 1),
            "min",
            "" + bound.min(),
            "max",
            "" + bound.max());
      }
    }
    for (Function child : function.children()) {
      function(xml, ufun, child);
    }
  }
}
