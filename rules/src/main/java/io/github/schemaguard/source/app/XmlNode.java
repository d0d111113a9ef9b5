package io.github.schemaguard.source.app;

import java.util.List;
import java.util.Map;

/** A node of a mapper file: an element with its start line, or text (CDATA included). */
sealed interface XmlNode {

    /** @param line the line the start tag begins on */
    record Element(String name, Map<String, String> attributes, int line, List<XmlNode> children) implements XmlNode {

        public Element {
            attributes = Map.copyOf(attributes);
            children = List.copyOf(children);
        }

        String attribute(String attributeName) {
            return attributes.get(attributeName);
        }

        List<Element> elements() {
            return children.stream().filter(Element.class::isInstance).map(Element.class::cast).toList();
        }
    }

    record Text(String text) implements XmlNode {
    }

    /** @param line the line the comment begins on; {@code nextElementLine} the line of the element after it, or -1 */
    record Comment(String text, int line, int nextElementLine) {
    }
}
