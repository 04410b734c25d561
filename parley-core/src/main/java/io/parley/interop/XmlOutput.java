package io.parley.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Builds and writes small XML documents with the JDK DOM. */
final class XmlOutput {
  private final Document document;

  private XmlOutput(Document document) {
    this.document = document;
  }

  /** A new empty document. */
  static XmlOutput create() {
    try {
      return new XmlOutput(DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML document builder", e);
    }
  }

  /** A new element named {@code tag} with the given attribute name/value pairs. */
  Element element(String tag, String... attributes) {
    Element element = document.createElement(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      element.setAttribute(attributes[i], attributes[i + 1]);
    }
    return element;
  }

  /** A new child of {@code parent}. */
  Element child(Element parent, String tag, String... attributes) {
    Element element = element(tag, attributes);
    parent.appendChild(element);
    return element;
  }

  /** A new child of {@code parent} holding {@code text}. */
  Element textChild(Element parent, String tag, String text) {
    Element element = child(parent, tag);
    element.setTextContent(text);
    return element;
  }

  /** Makes {@code root} the document element and writes the document, indented, to {@code file}. */
  void write(Element root, Path file) {
    document.appendChild(root);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      transformer.transform(new DOMSource(document), new StreamResult(out));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write " + file, e);
    }
  }
}
