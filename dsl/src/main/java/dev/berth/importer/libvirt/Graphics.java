package dev.berth.importer.libvirt;

import dev.berth.importer.BerthText;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/** A VNC or SPICE console as {@code graphics vnc listen "ADDR"}, its address from the attribute or a {@code <listen type='address'>}. */
final class Graphics {

	private Graphics() {
	}

	static Optional<String> read(Element graphics, Skips skips) {
		String type = graphics.getAttribute("type");
		if (!type.equals("vnc") && !type.equals("spice")) {
			skips.element(graphics, "graphics type='" + type + "'", "Berth's graphics are vnc and spice");
			return Optional.empty();
		}
		Optional<Element> listenElement = Xml.child(graphics, "listen");
		Optional<String> listen = Xml.attribute(graphics, "listen").or(() -> listenElement
				.filter(e -> "address".equals(e.getAttribute("type"))).flatMap(e -> Xml.attribute(e, "address")));
		listenElement.filter(e -> !"address".equals(e.getAttribute("type"))).ifPresent(e -> skips.element(e,
				"graphics listen type='" + e.getAttribute("type") + "'", "Berth's graphics listen on an address"));
		boolean autoport = "yes".equals(graphics.getAttribute("autoport"));
		skips.attributes(graphics, autoport ? Set.of("type", "listen", "port", "autoport") : Set.of("type", "listen", "port='-1'"),
				"Berth lets libvirt pick the port and sets no password or keymap");
		skips.kinds(graphics, Set.of("listen"), kind -> "Berth has no " + kind + " setting on graphics");
		return Optional.of("graphics " + type + listen.filter(a -> !a.isEmpty()).map(a -> " listen " + BerthText.quote(a)).orElse(""));
	}
}
