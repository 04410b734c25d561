package io.parley.report;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Parses SVG text with the JDK's XML parser and counts its markers. */
final class SvgDocuments {
  private SvgDocuments() {}

  /** The parsed document; fails the test if the text is not well-formed XML. */
  static Document parse(String svg) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
    }
  }

  /** The number of elements whose class list contains {@code cssClass}. */
  static int countClass(Document document, String cssClass) {
    NodeList all = document.getElementsByTagName("*");
    int count = 0;
    for (int i = 0; i < all.getLength(); i++) {
      String classes = ((Element) all.item(i)).getAttribute("class");
      for (String name : classes.split(" ")) {
        if (name.equals(cssClass)) {
          count++;
          break;
        }
      }
    }
    return count;
  }
}
