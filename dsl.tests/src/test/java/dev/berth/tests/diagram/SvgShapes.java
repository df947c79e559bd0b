package dev.berth.tests.diagram;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The boxes, labels and edges of a topology SVG, read with the JDK's XML parser. */
record SvgShapes(Map<String, Box> boxes, List<Label> labels, List<Edge> edges) {

	record Box(String id, double x, double y, double width, double height) {

		boolean contains(Box other) {
			return other.x >= x && other.y >= y && other.x + other.width <= x + width && other.y + other.height <= y + height;
		}

		boolean overlaps(Box other) {
			return other.x < x + width && x < other.x + other.width && other.y < y + height && y < other.y + other.height;
		}

		/** Whether the point lies on the border, within half a pixel. */
		boolean hasOnBorder(double[] point) {
			double px = point[0];
			double py = point[1];
			boolean within = px >= x - 0.5 && px <= x + width + 0.5 && py >= y - 0.5 && py <= y + height + 0.5;
			return within && (Math.abs(px - x) <= 0.5 || Math.abs(px - x - width) <= 0.5 || Math.abs(py - y) <= 0.5
					|| Math.abs(py - y - height) <= 0.5);
		}
	}

	/** A text and the box drawn just before it, which it labels. */
	record Label(String text, double x, double y, Box box) {
	}

	record Edge(String kind, String source, String target, List<double[]> points) {

		String relation() {
			return kind + " " + source + " -> " + target;
		}
	}

	static SvgShapes parse(String svg) throws Exception {
		Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
		Map<String, Box> boxes = new LinkedHashMap<>();
		List<Label> labels = new ArrayList<>();
		List<Edge> edges = new ArrayList<>();
		Box last = null;
		NodeList children = root.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (!(children.item(i) instanceof Element element)) {
				continue;
			}
			switch (element.getTagName()) {
				case "rect" -> {
					last = new Box(element.getAttribute("data-id"), number(element, "x"), number(element, "y"),
							number(element, "width"), number(element, "height"));
					boxes.put(last.id(), last);
				}
				case "text" -> {
					if (!element.getAttribute("class").equals("note")) {
						labels.add(new Label(element.getTextContent(), number(element, "x"), number(element, "y"), last));
					}
				}
				case "polyline" -> edges.add(new Edge(element.getAttribute("class").replace("edge ", ""),
						element.getAttribute("data-source"), element.getAttribute("data-target"), points(element)));
				default -> {
				}
			}
		}
		return new SvgShapes(boxes, labels, edges);
	}

	private static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}

	private static List<double[]> points(Element polyline) {
		List<double[]> points = new ArrayList<>();
		for (String pair : polyline.getAttribute("points").split(" ")) {
			String[] xy = pair.split(",");
			points.add(new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) });
		}
		return points;
	}
}
