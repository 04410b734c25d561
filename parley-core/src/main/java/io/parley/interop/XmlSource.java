package io.parley.interop;

import io.parley.scenario.ScenarioException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XML file parsed into a JDK DOM whose elements remember their line and column, with the
 * attribute accessors the GENIUS readers share. Every failure is a {@link ScenarioException} naming
 * the file, the line, the element path ({@code utility_space/objective[index=0]/issue[index=3]})
 * and what was expected.
 *
 * <p>Document type declarations and external entities are refused.
 */
final class XmlSource {
  private static final String LINE = "parley.line";
  private static final String COLUMN = "parley.column";

  private final String file;
  private final Document document;

  private XmlSource(String file, Document document) {
    this.file = file;
    this.document = document;
  }

  /**
   * Parses {@code path}.
   *
   * @throws ScenarioException if the file cannot be read or is not well-formed XML
   */
  static XmlSource parse(Path path) {
    String file = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
      factory.newSAXParser().parse(in, new Builder(document));
      return new XmlSource(file, document);
    } catch (SAXParseException e) {
      throw new ScenarioException(
          file,
          Math.max(0, e.getLineNumber()),
          Math.max(0, e.getColumnNumber()),
          "",
          "malformed XML: " + e.getMessage());
    } catch (SAXException | ParserConfigurationException e) {
      throw new ScenarioException(file, 0, 0, "", "malformed XML: " + e.getMessage());
    } catch (NoSuchFileException e) {
      throw new ScenarioException(file, 0, 0, "", "no such file");
    } catch (IOException e) {
      throw new ScenarioException(file, 0, 0, "", "cannot read the file: " + e);
    }
  }

  /** The file name used in messages. */
  String file() {
    return file;
  }

  /** The document element. */
  Element root() {
    return document.getDocumentElement();
  }

  /** A failure located at {@code element}. */
  ScenarioException fail(Element element, String problem) {
    Object line = element.getUserData(LINE);
    Object column = element.getUserData(COLUMN);
    return new ScenarioException(
        file,
        line instanceof Integer l ? l : 0,
        column instanceof Integer c ? c : 0,
        path(element),
        problem);
  }

  /** The direct child elements of {@code parent} named {@code tag}, in document order. */
  static List<Element> children(Element parent, String tag) {
    List<Element> result = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        result.add(e);
      }
    }
    return result;
  }

  /** Every element named {@code tag} below {@code parent}, in document order. */
  static List<Element> descendants(Element parent, String tag) {
    List<Element> result = new ArrayList<>();
    var list = parent.getElementsByTagName(tag);
    for (int i = 0; i < list.getLength(); i++) {
      result.add((Element) list.item(i));
    }
    return result;
  }

  /** The attribute {@code name} of {@code element}, if present. */
  static Optional<String> attribute(Element element, String name) {
    return element.hasAttribute(name) ? Optional.of(element.getAttribute(name)) : Optional.empty();
  }

  /** The attribute {@code name}, or a failure saying {@code expected} was expected. */
  String requireAttribute(Element element, String name, String expected) {
    return attribute(element, name)
        .orElseThrow(
            () -> fail(element, "missing attribute '" + name + "' (expected " + expected + ")"));
  }

  /** A finite number attribute, parsed as Java's {@code Double.valueOf} (as GENIUS does). */
  double number(Element element, String name, String expected) {
    return parseNumber(element, name, requireAttribute(element, name, expected), expected);
  }

  /** An optional finite number attribute. */
  Optional<Double> optionalNumber(Element element, String name, String expected) {
    return attribute(element, name).map(text -> parseNumber(element, name, text, expected));
  }

  /**
   * An integer attribute, parsed as Java's {@code Integer.valueOf} (surrounding blanks allowed).
   */
  int integer(Element element, String name, String expected) {
    String text = requireAttribute(element, name, expected);
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw fail(element, "attribute " + name + "=\"" + text + "\" is not " + expected);
    }
  }

  private double parseNumber(Element element, String name, String text, String expected) {
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw fail(element, "attribute " + name + "=\"" + text + "\" is not " + expected);
    }
    if (!Double.isFinite(value)) {
      throw fail(element, "attribute " + name + "=\"" + text + "\" is not " + expected);
    }
    return value;
  }

  /** The path of {@code element} from the document element, for messages. */
  static String path(Element element) {
    Deque<String> parts = new ArrayDeque<>();
    for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
      String part = e.getTagName();
      if (e.hasAttribute("value") && e.getTagName().equals("item")) {
        part += "[value=\"" + e.getAttribute("value") + "\"]";
      } else if (e.hasAttribute("index")) {
        part += "[index=" + e.getAttribute("index") + "]";
      }
      parts.addFirst(part);
    }
    return String.join("/", parts);
  }

  /** Builds the DOM from SAX events, recording each element's position. */
  private static final class Builder extends DefaultHandler {
    private final Document document;
    private final Deque<Node> open = new ArrayDeque<>();
    private Locator locator;

    Builder(Document document) {
      this.document = document;
      open.push(document);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      Element element = document.createElement(qName);
      for (int i = 0; i < attributes.getLength(); i++) {
        element.setAttribute(attributes.getQName(i), attributes.getValue(i));
      }
      if (locator != null) {
        element.setUserData(LINE, locator.getLineNumber(), null);
        element.setUserData(COLUMN, locator.getColumnNumber(), null);
      }
      open.peek().appendChild(element);
      open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (open.peek() instanceof Element element) {
        element.appendChild(document.createTextNode(new String(ch, start, length)));
      }
    }
  }
}
