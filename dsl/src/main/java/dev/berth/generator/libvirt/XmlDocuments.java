package dev.berth.generator.libvirt;

import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Builds XML with the JDK's DOM and writes it indented; the DOM escapes every text and attribute. */
final class XmlDocuments {

	/** Each thread's builder and transformer, made once: they are costly to make and not thread-safe. */
	private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(XmlDocuments::builder);
	private static final ThreadLocal<Transformer> TRANSFORMER = ThreadLocal.withInitial(XmlDocuments::transformer);

	private XmlDocuments() {
	}

	/** A new document with its root element. */
	static Document create(String root) {
		Document document = BUILDER.get().newDocument();
		document.appendChild(document.createElement(root));
		return document;
	}

	/** A child element with attributes given as name, value, name, value... */
	static Element child(Element parent, String name, String... attributes) {
		Element element = parent.getOwnerDocument().createElement(name);
		for (int i = 0; i < attributes.length; i += 2) {
			element.setAttribute(attributes[i], attributes[i + 1]);
		}
		parent.appendChild(element);
		return element;
	}

	/** A child element holding text. */
	static Element text(Element parent, String name, String text) {
		Element element = child(parent, name);
		element.setTextContent(text);
		return element;
	}

	/** The document as indented UTF-8 text without an XML declaration, as libvirt writes its own files. */
	static String write(Document document) {
		try {
			StringWriter out = new StringWriter();
			TRANSFORMER.get().transform(new DOMSource(document), new StreamResult(out));
			String text = out.toString().replace("\r\n", "\n");
			return text.endsWith("\n") ? text : text + "\n";
		} catch (TransformerException e) {
			throw new IllegalStateException("cannot write XML", e);
		}
	}

	private static DocumentBuilder builder() {
		try {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder();
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the JDK offers no XML document builder", e);
		}
	}

	private static Transformer transformer() {
		try {
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
			return transformer;
		} catch (TransformerConfigurationException e) {
			throw new IllegalStateException("the JDK offers no XML transformer", e);
		}
	}
}
