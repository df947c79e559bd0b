package dev.berth.tests.importer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a domain XML says about every element the import carries, read the same way from the
 * original and the regenerated domain, so a round trip compares them field by field.
 *
 * @param interfaces each as {@code MAC network NAME} or {@code MAC bridge NAME}
 * @param graphics each as {@code TYPE LISTEN}, an absent listen address read as libvirt's default 127.0.0.1
 */
record DomainFacts(String vcpu, long memoryBytes, String cpu, boolean uefi, String kernel, String initrd, String cmdline,
		List<String> disks, List<String> cdroms, List<String> interfaces, List<String> graphics) {

	private static final Map<String, Long> UNITS = Map.of("", 1024L, "KiB", 1024L, "MiB", 1L << 20, "GiB", 1L << 30, "b", 1L);

	/** The facts of a domain XML; {@code bridgeOf} gives the host bridge a libvirt network joins, or null. */
	static DomainFacts of(String xml, Function<String, String> bridgeOf) throws Exception {
		Element domain = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
		Element memory = first(domain, "memory");
		Element cpu = first(domain, "cpu");
		Element os = first(domain, "os");
		Element loader = first(os, "loader");
		List<String> disks = new ArrayList<>();
		List<String> cdroms = new ArrayList<>();
		for (Element disk : all(domain, "disk")) {
			String source = first(disk, "source").getAttribute("file");
			if (disk.getAttribute("device").equals("cdrom")) {
				cdroms.add(source);
			} else {
				disks.add(source + " " + first(disk, "target").getAttribute("bus") + " " + first(disk, "driver").getAttribute("type"));
			}
		}
		List<String> interfaces = new ArrayList<>();
		for (Element nic : all(domain, "interface")) {
			String network = first(nic, "source").getAttribute("network");
			String bridge = nic.getAttribute("type").equals("bridge") ? first(nic, "source").getAttribute("bridge")
					: bridgeOf.apply(network);
			interfaces.add(first(nic, "mac").getAttribute("address") + (bridge != null ? " bridge " + bridge : " network " + network));
		}
		List<String> graphics = all(domain, "graphics").stream().map(g -> g.getAttribute("type") + " "
				+ (g.hasAttribute("listen") ? g.getAttribute("listen") : "127.0.0.1")).toList();
		return new DomainFacts(text(first(domain, "vcpu")),
				Long.parseLong(text(memory)) * UNITS.get(memory.getAttribute("unit")),
				cpu == null ? null : cpu.getAttribute("mode") + " " + text(first(cpu, "model")),
				os.getAttribute("firmware").equals("efi") || loader != null && loader.getAttribute("type").equals("pflash"),
				text(first(os, "kernel")), text(first(os, "initrd")), text(first(os, "cmdline")), disks, cdroms, interfaces, graphics);
	}

	/** The domain's name. */
	static String name(String xml) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("name").item(0)
				.getTextContent();
	}

	private static Element first(Element parent, String name) {
		List<Element> found = all(parent, name);
		return found.isEmpty() ? null : found.get(0);
	}

	private static List<Element> all(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagName(name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			elements.add((Element) node);
		}
		return elements;
	}

	private static String text(Element element) {
		return element == null ? "" : element.getTextContent().strip();
	}
}
