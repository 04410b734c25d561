package io.parley.interop;

import io.parley.preference.Preferences;
import io.parley.preference.UtilityFunction;
import io.parley.scenario.ScenarioException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Reads a GENIUS XML preference profile over a {@link GeniusDomain}, reproducing GENIUS's numbers
 * (docs/interop.md §GENIUS profiles).
 *
 * <p>The root {@code <utility_space>}'s {@code type} picks the kind ({@code
 * UTILITYSPACETYPE.getUtilitySpaceType}): absent or {@code LINEAR} and {@code UNCERTAIN} are
 * additive ({@link GeniusAdditiveReader}), {@code NONLINEAR} is made of hyper-rectangles ({@link
 * GeniusNonlinearReader}); {@code CONSTRAINT} profiles are refused. Every kind may hold one {@code
 * <reservation value>} (absent: 0) and one {@code <discount_factor value>} (absent, or outside (0,
 * 1]: 1, as {@code AbstractUtilitySpace.validateDiscount}).
 */
public final class GeniusProfileReader {
  private GeniusProfileReader() {}

  /**
   * Reads the profile {@code file} of party {@code partyId}.
   *
   * @throws ScenarioException if the file is malformed, refers to issues or values the domain does
   *     not have, or uses a feature Parley does not reproduce
   */
  public static ImportedProfile read(Path file, GeniusDomain domain, String partyId) {
    return read(file, domain, partyId, ImportOptions.DEFAULTS);
  }

  /**
   * Reads the profile {@code file} of party {@code partyId}; what the file leaves to be assumed (a
   * missing reservation, a discarded discount factor, weights that do not sum to 1) is a warning,
   * or an error when {@code options} are strict.
   *
   * @throws ScenarioException if the file is malformed, refers to issues or values the domain does
   *     not have, uses a feature Parley does not reproduce, or (strict) leaves something to assume
   */
  public static ImportedProfile read(
      Path file, GeniusDomain domain, String partyId, ImportOptions options) {
    XmlSource xml = XmlSource.parse(file);
    Element root = xml.root();
    if (!root.getTagName().equals("utility_space")) {
      throw xml.fail(
          root, "root element <" + root.getTagName() + ">; expected a profile <utility_space>");
    }
    String type = XmlSource.attribute(root, "type").orElse("LINEAR").trim();
    ProfileKind kind =
        switch (type.toUpperCase(Locale.ROOT)) {
          case "LINEAR" -> ProfileKind.GENIUS_LINEAR;
          case "UNCERTAIN" -> ProfileKind.GENIUS_UNCERTAIN;
          case "NONLINEAR" -> ProfileKind.GENIUS_NONLINEAR;
          case "CONSTRAINT" ->
              throw xml.fail(
                  root,
                  "type=\""
                      + type
                      + "\": GENIUS constraint profiles (ConstraintUtilitySpace) are not"
                      + " supported; expected LINEAR, UNCERTAIN or NONLINEAR");
          default ->
              throw xml.fail(
                  root,
                  "type=\"" + type + "\"; expected LINEAR, UNCERTAIN, NONLINEAR or CONSTRAINT");
        };
    List<String> notes = new ArrayList<>();
    Warnings warnings = new Warnings(options.strict());
    double reservation = reservation(xml, warnings);
    Optional<Element> discountElement = single(xml, "discount_factor");
    Optional<Double> fileDiscount =
        discountElement.map(e -> xml.number(e, "value", "a discount factor"));
    double discount = fileDiscount.map(d -> d <= 0 || d > 1 ? 1.0 : d).orElse(1.0);
    if (fileDiscount.isPresent() && discount != fileDiscount.get()) {
      warnings.warn(
          "discount factor "
              + fileDiscount.get()
              + " is outside (0, 1]; GENIUS discards it and uses 1 (no discount)",
          message -> xml.fail(discountElement.get(), message));
    }
    UtilityFunction utility;
    Optional<Uncertainty> uncertainty = Optional.empty();
    if (kind == ProfileKind.GENIUS_NONLINEAR) {
      utility = GeniusNonlinearReader.read(xml, domain);
    } else {
      utility = GeniusAdditiveReader.read(xml, domain, notes, warnings);
      if (kind == ProfileKind.GENIUS_UNCERTAIN) {
        uncertainty = Optional.of(uncertainty(xml));
      }
    }
    String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return new ImportedProfile(
        partyId,
        stem,
        Optional.of(file.toString()),
        kind,
        new Preferences(utility, reservation, List.of(), discount),
        Optional.empty(),
        uncertainty,
        fileDiscount,
        notes,
        warnings.list());
  }

  private static double reservation(XmlSource xml, Warnings warnings) {
    Optional<Element> element = single(xml, "reservation");
    if (element.isEmpty()) {
      warnings.warn(
          "no <reservation value=\"..\"/>; assumed reservation value 0, GENIUS's default"
              + " (no agreement is worth nothing)",
          message -> xml.fail(xml.root(), message));
      return 0.0;
    }
    double value = xml.number(element.get(), "value", "a reservation value in [0, 1]");
    if (value < 0 || value > 1) {
      throw xml.fail(element.get(), "reservation value " + value + " outside [0, 1]");
    }
    return value;
  }

  /** The one element named {@code tag} in the file, if any; two are ambiguous and refused. */
  private static Optional<Element> single(XmlSource xml, String tag) {
    List<Element> found = XmlSource.descendants(xml.root(), tag);
    if (found.size() > 1) {
      throw xml.fail(found.get(1), "a second <" + tag + ">; expected at most one");
    }
    return found.stream().findFirst();
  }

  /** The elicitation fields of an uncertain profile, with GENIUS's defaults. */
  private static Uncertainty uncertainty(XmlSource xml) {
    Uncertainty d = Uncertainty.DEFAULTS;
    return new Uncertainty(
        text(xml, "comparisons").map(t -> parseInt(xml, "comparisons", t)).orElse(d.comparisons()),
        text(xml, "errors").map(t -> parseInt(xml, "errors", t)).orElse(d.errors()),
        text(xml, "elicitation_cost")
            .map(t -> parseDouble(xml, "elicitation_cost", t))
            .orElse(d.elicitationCost()),
        text(xml, "fixed_seed").map(t -> parseBoolean(xml, "fixed_seed", t)).orElse(d.fixedSeed()),
        text(xml, "experimental")
            .map(t -> parseBoolean(xml, "experimental", t))
            .orElse(d.experimental()));
  }

  private static Optional<String> text(XmlSource xml, String tag) {
    return single(xml, tag).map(e -> e.getTextContent().trim());
  }

  private static int parseInt(XmlSource xml, String tag, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw xml.fail(single(xml, tag).orElseThrow(), "\"" + text + "\" is not an integer");
    }
  }

  private static double parseDouble(XmlSource xml, String tag, String text) {
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw xml.fail(single(xml, tag).orElseThrow(), "\"" + text + "\" is not a number");
  }

  private static boolean parseBoolean(XmlSource xml, String tag, String text) {
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw xml.fail(single(xml, tag).orElseThrow(), "\"" + text + "\" is not true or false");
  }
}
