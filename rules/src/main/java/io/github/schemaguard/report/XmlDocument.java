package io.github.schemaguard.report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An indented UTF-8 XML document written with the JDK's StAX writer, for the XML report
 * formats. StAX escapes; this class adds the indentation StAX lacks, with {@code \n} line ends on
 * every OS, and drops characters XML 1.0 cannot hold.
 */
final class XmlDocument {

    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    /** For each open element: whether it has child elements yet, so its end tag goes on its own line. */
    private final Deque<Boolean> open = new ArrayDeque<>();

    XmlDocument(OutputStream out) throws IOException {
        try {
            // The JDK's own implementation, not whichever StAX provider the classpath brings: same bytes everywhere.
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Opens an element; {@code attributes} are name/value pairs, a {@code null} value leaves the attribute out. */
    XmlDocument start(String name, Object... attributes) throws IOException {
        try {
            newLine();
            xml.writeStartElement(name);
            attributes(attributes);
            open.push(false);
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** An element with attributes and text (or none), closed at once. */
    XmlDocument element(String name, String text, Object... attributes) throws IOException {
        try {
            newLine();
            if (text == null) {
                xml.writeEmptyElement(name);
                attributes(attributes);
            } else {
                xml.writeStartElement(name);
                attributes(attributes);
                xml.writeCharacters(clean(text));
                xml.writeEndElement();
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlDocument end() throws IOException {
        try {
            if (open.pop()) {
                xml.writeCharacters("\n" + INDENT.repeat(open.size()));
            }
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Closes the document and flushes; the stream stays open for its owner to close. */
    void finish() throws IOException {
        try {
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void newLine() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
            xml.writeCharacters("\n" + INDENT.repeat(open.size()));
        } else {
            xml.writeCharacters("\n");
        }
    }

    private void attributes(Object[] attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                xml.writeAttribute((String) attributes[i], clean(String.valueOf(attributes[i + 1])));
            }
        }
    }

    /** XML 1.0 cannot carry most control characters, not even escaped. */
    private static String clean(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "?");
    }
}
