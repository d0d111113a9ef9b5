package io.github.schemaguard.source.app;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole XML file as a small tree that remembers the line of every start tag, read with the JDK's StAX
 * parser. The DOCTYPE is never fetched: mapper files name a DTD on the web, and a build must not depend on
 * the network (nor let a file pull in external entities).
 *
 * @param root     the root element
 * @param comments every comment, in file order
 */
record XmlFile(XmlNode.Element root, List<XmlNode.Comment> comments) {

    private static final XMLInputFactory FACTORY = factory();

    /**
     * @throws XMLStreamException when the text is not well-formed XML; its location names the line
     */
    static XmlFile parse(String text) throws XMLStreamException {
        XMLStreamReader reader;
        synchronized (FACTORY) {
            reader = FACTORY.createXMLStreamReader(new StringReader(text));
        }
        try {
            return new Builder().read(reader);
        } finally {
            reader.close();
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** Builds the tree; StAX reports where an event ends, so an event begins where the one before it ended. */
    private static final class Builder {
        private record Open(String name, Map<String, String> attributes, int line, List<XmlNode> children) {
        }

        private final Deque<Open> open = new ArrayDeque<>();
        private final List<XmlNode.Comment> comments = new ArrayList<>();
        private final List<Integer> commentsWaitingForElement = new ArrayList<>();
        private XmlNode.Element root;
        private int previousEndLine = 1;

        XmlFile read(XMLStreamReader reader) throws XMLStreamException {
            while (reader.hasNext()) {
                int event = reader.next();
                int startLine = previousEndLine;
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> start(reader, startLine);
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().children().add(new XmlNode.Text(reader.getText()));
                        }
                    }
                    case XMLStreamConstants.COMMENT -> {
                        commentsWaitingForElement.add(comments.size());
                        comments.add(new XmlNode.Comment(reader.getText(), startLine, -1));
                    }
                    default -> {
                        // processing instructions, the DOCTYPE and the document's end say nothing about SQL
                    }
                }
                Location location = reader.getLocation();
                if (location.getLineNumber() > 0) {
                    previousEndLine = location.getLineNumber();
                }
            }
            return new XmlFile(root, comments);
        }

        private void start(XMLStreamReader reader, int line) {
            Map<String, String> attributes = new HashMap<>();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
            for (int index : commentsWaitingForElement) {
                XmlNode.Comment comment = comments.get(index);
                comments.set(index, new XmlNode.Comment(comment.text(), comment.line(), line));
            }
            commentsWaitingForElement.clear();
            open.push(new Open(reader.getLocalName(), attributes, line, new ArrayList<>()));
        }

        private void end() {
            Open closed = open.pop();
            XmlNode.Element element = new XmlNode.Element(closed.name(), closed.attributes(), closed.line(),
                    closed.children());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children().add(element);
            }
        }
    }
}
