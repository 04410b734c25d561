package io.parley.interop;

import io.parley.interop.GeniusDomain.IssueInfo;
import io.parley.interop.GeniusDomain.IssueType;
import io.parley.preference.HyperRectangleUtility;
import io.parley.preference.HyperRectangleUtility.Aggregation;
import io.parley.preference.HyperRectangleUtility.Bound;
import io.parley.preference.HyperRectangleUtility.Function;
import io.parley.preference.HyperRectangleUtility.Match;
import io.parley.preference.HyperRectangleUtility.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The hyper-rectangles of a GENIUS non-linear profile ({@code NonlinearUtilitySpace}): {@code
 * <utility maxutility="M">} inside the root's first child element holds one {@code <ufun
 * aggregation="sum|min|max" [weight]>} of {@code <hyperRectangle utility [weight]>} (bounds {@code
 * <INCLUDES|EXCLUDES index min max/>}) and nested {@code <ufun>}s; {@code u = min(1, f / M)}.
 */
final class GeniusNonlinearReader {
  private static final Set<String> UFUN_CHILDREN = Set.of("ufun", "hyperRectangle");
  private static final Set<String> RECTANGLE_CHILDREN = Set.of("INCLUDES", "EXCLUDES");

  private GeniusNonlinearReader() {}

  static HyperRectangleUtility read(XmlSource xml, GeniusDomain domain) {
    Element first = firstChildElement(xml.root());
    if (first == null || XmlSource.children(first, "utility").isEmpty()) {
      throw xml.fail(
          first == null ? xml.root() : first,
          "no <utility maxutility=\"..\"> in the first child of <utility_space>; a non-linear"
              + " profile needs one");
    }
    Element utility = XmlSource.children(first, "utility").get(0);
    double maxUtility = xml.number(utility, "maxutility", "a number > 0");
    if (!(maxUtility > 0)) {
      throw xml.fail(utility, "maxutility " + maxUtility + " is not a number > 0");
    }
    List<Element> ufuns = XmlSource.children(utility, "ufun");
    if (ufuns.isEmpty()) {
      throw xml.fail(utility, "no <ufun>; expected the root utility function");
    }
    Function root = function(xml, ufuns.get(0), domain);
    try {
      return new HyperRectangleUtility(domain.space(), root, maxUtility);
    } catch (IllegalArgumentException e) {
      throw xml.fail(utility, e.getMessage());
    }
  }

  private static Element firstChildElement(Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        return e;
      }
    }
    return null;
  }

  private static Function function(XmlSource xml, Element ufun, GeniusDomain domain) {
    onlyChildren(xml, ufun, UFUN_CHILDREN);
    String text = xml.requireAttribute(ufun, "aggregation", "sum, min or max");
    Aggregation aggregation;
    try {
      aggregation = Aggregation.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw xml.fail(ufun, "aggregation=\"" + text + "\"; expected sum, min or max");
    }
    double weight = xml.optionalNumber(ufun, "weight", "a weight >= 0").orElse(1.0);
    if (weight < 0) {
      throw xml.fail(ufun, "weight " + weight + " is negative; expected a number >= 0");
    }
    List<Rectangle> rectangles = new ArrayList<>();
    for (Element element : XmlSource.children(ufun, "hyperRectangle")) {
      rectangles.add(rectangle(xml, element, domain));
    }
    List<Function> children = new ArrayList<>();
    for (Element child : XmlSource.children(ufun, "ufun")) {
      children.add(function(xml, child, domain));
    }
    try {
      return new Function(aggregation, weight, rectangles, children);
    } catch (IllegalArgumentException e) {
      throw xml.fail(ufun, e.getMessage());
    }
  }

  private static Rectangle rectangle(XmlSource xml, Element element, GeniusDomain domain) {
    onlyChildren(xml, element, RECTANGLE_CHILDREN);
    List<Element> includes = XmlSource.children(element, "INCLUDES");
    List<Element> excludes = XmlSource.children(element, "EXCLUDES");
    if (!includes.isEmpty() && !excludes.isEmpty()) {
      throw xml.fail(
          element,
          "both INCLUDES and EXCLUDES bounds; GENIUS would keep only the EXCLUDES ones, so Parley"
              + " expects one kind per hyperRectangle");
    }
    Match match =
        !includes.isEmpty() ? Match.INSIDE : !excludes.isEmpty() ? Match.OUTSIDE : Match.ALWAYS;
    List<Bound> bounds = new ArrayList<>();
    for (Element bound : includes.isEmpty() ? excludes : includes) {
      int index = xml.integer(bound, "index", "the integer index of a domain issue");
      int position =
          domain
              .positionOfIndex(index)
              .orElseThrow(
                  () ->
                      xml.fail(
                          bound,
                          "issue index " + index + " is not in the domain " + domain.file()));
      IssueInfo info = domain.issues().get(position);
      if (info.type() != IssueType.INTEGER) {
        throw xml.fail(
            bound,
            "bounds need an integer issue, but issue '"
                + info.name()
                + "' is "
                + info.type().name().toLowerCase(Locale.ROOT));
      }
      int min = xml.integer(bound, "min", "an integer");
      int max = xml.integer(bound, "max", "an integer");
      bounds.add(new Bound(position, min, max));
    }
    double utility = xml.number(element, "utility", "a utility >= 0");
    double weight = xml.optionalNumber(element, "weight", "a weight >= 0").orElse(1.0);
    if (utility < 0 || weight < 0) {
      throw xml.fail(
          element, "utility " + utility + " and weight " + weight + " must both be numbers >= 0");
    }
    return new Rectangle(match, bounds, utility, weight);
  }

  private static void onlyChildren(XmlSource xml, Element parent, Set<String> allowed) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && !allowed.contains(e.getTagName())) {
        throw xml.fail(
            e,
            "unexpected <"
                + e.getTagName()
                + "> in <"
                + parent.getTagName()
                + ">; expected only "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }
}
