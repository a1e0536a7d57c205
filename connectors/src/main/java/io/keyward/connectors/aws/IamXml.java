package io.keyward.connectors.aws;

import io.keyward.connectors.SourceException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An element of an IAM XML reply. Replies are parsed with DTDs refused outright: IAM never sends
 * one, and a reply that declares one (an external entity pointing at a local file or an internal
 * URL) must not make Keyward read anything.
 */
final class IamXml {
  private final Element element;

  private IamXml(Element element) {
    this.element = element;
  }

  /**
   * Parses {@code body} and returns its root element.
   *
   * @throws SourceException naming {@code endpoint} when the body is not well-formed XML or
   *     declares a DTD
   */
  static IamXml parse(String body, String source, String endpoint, @Nullable String item) {
    try {
      DocumentBuilder builder = secureBuilder();
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity " + systemId + " refused");
          });
      return new IamXml(
          builder.parse(new InputSource(new StringReader(body))).getDocumentElement());
    } catch (SAXParseException e) {
      String problem =
          body.contains("<!DOCTYPE")
              ? "the reply declares a DTD (DOCTYPE), which IAM never sends; refused unread"
              : "malformed reply: line " + e.getLineNumber() + ": " + e.getMessage();
      throw new SourceException(source, endpoint, item, problem);
    } catch (SAXException | IOException e) {
      throw new SourceException(source, endpoint, item, "malformed reply: " + e.getMessage());
    }
  }

  private static DocumentBuilder secureBuilder() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    try {
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setNamespaceAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // Quiet: the default handler prints parse errors to stderr before they are thrown.
      builder.setErrorHandler(new DefaultHandler());
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
    }
  }

  String name() {
    return element.getTagName();
  }

  Optional<IamXml> child(String name) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child && child.getTagName().equals(name)) {
        return Optional.of(new IamXml(child));
      }
    }
    return Optional.empty();
  }

  /** The text of child {@code name}, or null when absent. */
  @Nullable String text(String name) {
    return child(name).map(IamXml::text).orElse(null);
  }

  String text() {
    return element.getTextContent().trim();
  }

  /** The {@code member} elements of child list {@code name}; empty when the list is absent. */
  List<IamXml> members(String name) {
    List<IamXml> members = new ArrayList<>();
    child(name)
        .ifPresent(
            list -> {
              for (Node n = list.element.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element member && member.getTagName().equals("member")) {
                  members.add(new IamXml(member));
                }
              }
            });
    return members;
  }
}
