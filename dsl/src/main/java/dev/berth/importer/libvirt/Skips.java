package dev.berth.importer.libvirt;

import dev.berth.importer.ImportedSite;
import dev.berth.importer.SourceSpot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/** Reports, at their place in the domain or network XML, the elements and attributes the import does not carry. */
final class Skips {

	private final ImportedSite site;
	private final List<Skip> skips = new ArrayList<>();

	Skips(ImportedSite site) {
		this.site = site;
	}

	private record Skip(SourceSpot spot, String key, String reason) {
	}

	/** Reports an element, named by its path, and why it is not carried. */
	void element(Element element, String reason) {
		element(element, Xml.path(element), reason);
	}

	/** Reports an element under a name of its own, such as {@code disk vdb}. */
	void element(Element element, String key, String reason) {
		skips.add(new Skip(LocatedXml.spot(element), key, reason));
	}

	/** Reports an element with all its attributes, such as {@code ip/dhcp/host ip='10.0.0.5' mac='52:54:00:6b:3c:01'}. */
	void whole(Element element, String reason) {
		element(element, String.join(" ", Stream.concat(Stream.of(Xml.path(element)),
				otherAttributes(element, Set.of()).stream()).toList()), reason);
	}

	/** Reports to the site what was found not carried, in the order of the source. */
	void flush() {
		skips.stream().sorted(Comparator.comparingInt((Skip skip) -> skip.spot().line()).thenComparingInt(s -> s.spot().column()))
				.forEach(skip -> site.skip(skip.spot(), skip.key(), skip.reason()));
		skips.clear();
	}

	/**
	 * Reports, in one diagnostic, the element's attributes other than the carried ones, if it has any;
	 * {@code carried} holds names ({@code unit}) or names with the one value carried ({@code placement='static'}).
	 */
	void attributes(Element element, Set<String> carried, String reason) {
		List<String> others = otherAttributes(element, carried);
		if (!others.isEmpty()) {
			element(element, Xml.path(element) + " " + String.join(" ", others), reason);
		}
	}

	/** The element's attributes other than the carried ones and namespace declarations, as {@code name='value'}. */
	private static List<String> otherAttributes(Element element, Set<String> carried) {
		NamedNodeMap attributes = element.getAttributes();
		return IntStream.range(0, attributes.getLength()).mapToObj(i -> (Attr) attributes.item(i))
				.filter(a -> !a.getName().startsWith("xmlns")).map(a -> a.getName() + "='" + a.getValue() + "'")
				.filter(a -> !carried.contains(a) && !carried.contains(a.substring(0, a.indexOf('=')))).toList();
	}

	/**
	 * Reports the child elements other than the carried ones, one diagnostic per kind of element at
	 * its first place, with the count when there are several; the reason is looked up by the kind's name.
	 */
	void kinds(Element parent, Set<String> carried, Function<String, String> reason) {
		Map<String, List<Element>> kinds = new LinkedHashMap<>();
		for (Element child : Xml.children(parent)) {
			if (!carried.contains(Xml.name(child))) {
				kinds.computeIfAbsent(Xml.name(child), kind -> new ArrayList<>()).add(child);
			}
		}
		kinds.forEach((kind, elements) -> element(elements.get(0), Xml.path(elements.get(0))
				+ (elements.size() > 1 ? ", " + elements.size() + " elements" : ""), reason.apply(kind)));
	}

	/** The site the diagnostics go to. */
	ImportedSite site() {
		return site;
	}

	/** A file's path written in an element, as the model writes it: absolute as it is, relative made relative to the model. */
	String path(Element element, String written) {
		return site.path(LocatedXml.spot(element).file(), written);
	}
}
