package dev.berth.importer.libvirt;

import dev.berth.importer.ImportException;
import dev.berth.importer.SourceSpot;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XML file into a DOM whose elements know where their start tag begins, with no DTD and
 * no external entity; a file that is not well-formed XML is an {@link ImportException} at its place.
 */
final class LocatedXml {

	private static final String SPOT = "berth.spot";

	private LocatedXml() {
	}

	/** The document of a file, each element carrying its {@link SourceSpot}. */
	static Document read(Path file) throws ImportException {
		String text = text(file);
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			Builder builder = new Builder(file, text);
			factory.newSAXParser().parse(new InputSource(new StringReader(text)), builder);
			return builder.document;
		} catch (SAXParseException e) {
			throw new ImportException(new SourceSpot(file, Math.max(1, e.getLineNumber()), Math.max(1, e.getColumnNumber())),
					"not valid XML: " + e.getMessage());
		} catch (SAXException | ParserConfigurationException | IOException e) {
			throw new ImportException(new SourceSpot(file, 1, 1), "cannot read the XML: " + e.getMessage());
		}
	}

	/** Where an element's start tag begins. */
	static SourceSpot spot(Element element) {
		return (SourceSpot) element.getUserData(SPOT);
	}

	private static String text(Path file) throws ImportException {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (CharacterCodingException e) {
			throw new ImportException(new SourceSpot(file, 1, 1), "not UTF-8 text, as virsh dumpxml writes it");
		} catch (IOException e) {
			throw new ImportException(new SourceSpot(file, 1, 1), "cannot read the file: " + e.getMessage());
		}
	}

	/** Builds the DOM from SAX events, placing each element at the {@code <} that opens it. */
	private static final class Builder extends DefaultHandler {

		private final Path file;
		private final String text;
		private final int[] lineStarts;
		private final Document document;
		private final Deque<Node> open = new ArrayDeque<>();
		private Locator locator;

		Builder(Path file, String text) throws ParserConfigurationException {
			this.file = file;
			this.text = text;
			this.lineStarts = lineStarts(text);
			this.document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
			open.push(document);
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			Element element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
			for (int i = 0; i < attributes.getLength(); i++) {
				String namespace = attributes.getURI(i);
				element.setAttributeNS(namespace.isEmpty() ? null : namespace, attributes.getQName(i), attributes.getValue(i));
			}
			element.setUserData(SPOT, startOfTag(), null);
			open.peek().appendChild(element);
			open.push(element);
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			open.pop();
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			open.peek().appendChild(document.createTextNode(new String(ch, start, length)));
		}

		/** The {@code <} before the locator's place (the end of the start tag): attribute values hold no {@code <}. */
		private SourceSpot startOfTag() {
			int line = Math.min(Math.max(1, locator.getLineNumber()), lineStarts.length);
			int end = Math.min(text.length(), lineStarts[line - 1] + Math.max(0, locator.getColumnNumber() - 1));
			int tag = Math.max(0, text.lastIndexOf('<', Math.max(0, end - 1)));
			int tagLine = lineOf(tag);
			return new SourceSpot(file, tagLine + 1, tag - lineStarts[tagLine] + 1);
		}

		private int lineOf(int offset) {
			int line = Arrays.binarySearch(lineStarts, offset);
			return line >= 0 ? line : -line - 2;
		}

		private static int[] lineStarts(String text) {
			return IntStream.concat(IntStream.of(0),
					IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1)).toArray();
		}
	}
}
