package dev.berth.importer.libvirt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small readings of a DOM element: its name, child elements, attributes and text. */
final class Xml {

	private Xml() {
	}

	/** The element's name without its namespace prefix. */
	static String name(Element element) {
		return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
	}

	/** The element's child elements, in order. */
	static List<Element> children(Element element) {
		List<Element> children = new ArrayList<>();
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element child) {
				children.add(child);
			}
		}
		return children;
	}

	/** The first child element of that name. */
	static Optional<Element> child(Element element, String name) {
		return children(element).stream().filter(child -> name.equals(name(child))).findFirst();
	}

	/** An attribute's value, when the element has it. */
	static Optional<String> attribute(Element element, String name) {
		return element.hasAttribute(name) ? Optional.of(element.getAttribute(name)) : Optional.empty();
	}

	/** The element's text, without surrounding white space. */
	static String text(Element element) {
		return element.getTextContent().strip();
	}

	/** The element's path below the domain, such as {@code devices/controller}. */
	static String path(Element element) {
		StringBuilder path = new StringBuilder(name(element));
		for (Node parent = element.getParentNode(); parent instanceof Element up && up.getParentNode() instanceof Element;
				parent = up.getParentNode()) {
			path.insert(0, name(up) + "/");
		}
		return path.toString();
	}
}
