package dev.jymnasium.robots.model;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads an XML document into {@link XmlElement}s that remember their line (StAX, JDK only). */
final class XmlTreeReader {
  private XmlTreeReader() {}

  /**
   * Parses {@code in}; DTDs and external entities are refused.
   *
   * @throws ModelFormatException for malformed XML, naming {@code source} and the line
   */
  static XmlElement read(InputStream in, String source) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(in);
      Deque<XmlElement> open = new ArrayDeque<>();
      XmlElement root = null;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          XmlElement element =
              new XmlElement(reader.getLocalName(), reader.getLocation().getLineNumber());
          for (int i = 0; i < reader.getAttributeCount(); i++) {
            element.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
          }
          if (open.isEmpty()) {
            root = element;
          } else {
            open.peek().children.add(element);
          }
          open.push(element);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          open.pop();
        }
      }
      if (root == null) {
        throw new ModelFormatException(source, 1, "no root element", null);
      }
      return root;
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      int line = at == null ? 0 : at.getLineNumber();
      String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
      int cut = message.indexOf("Message: ");
      throw new ModelFormatException(
          source, line, "malformed XML: " + (cut >= 0 ? message.substring(cut + 9) : message), e);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // nothing left to release
        }
      }
    }
  }
}
