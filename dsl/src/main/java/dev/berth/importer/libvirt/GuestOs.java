package dev.berth.importer.libvirt;

import dev.berth.importer.BerthText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The guest's OS, which a domain's XML names only in the libosinfo metadata virt-install writes
 * ({@code http://microsoft.com/win/2k22}): windows for Microsoft's ids, else linux, an assumption
 * reported when no id says it or the id names another system.
 *
 * @param family {@code linux} or {@code windows}
 * @param description the id's path as words ({@code win 2k22}), or empty
 */
record GuestOs(String family, Optional<String> description) {

	static final String LIBOSINFO = "http://libosinfo.org/xmlns/libvirt/domain/1.0";

	/** Hosts of libosinfo ids whose systems are neither Linux nor Windows. */
	private static final Set<String> OTHER_SYSTEMS = Set.of("freebsd.org", "openbsd.org", "netbsd.org",
			"dragonflybsd.org", "apple.com", "haiku-os.org", "oracle.com", "sun.com", "omnios.org", "openindiana.org");

	/** The guest's OS, reading the libosinfo id and reporting the rest of the metadata as not carried. */
	static GuestOs of(Element domain, Skips skips) {
		Optional<Element> metadata = Xml.child(domain, "metadata");
		Optional<Element> os = metadata.flatMap(m -> libosinfo(m).flatMap(info -> Xml.child(info, "os")))
				.filter(e -> e.hasAttribute("id"));
		metadata.ifPresent(m -> Xml.children(m).stream().filter(child -> !LIBOSINFO.equals(child.getNamespaceURI()))
				.forEach(child -> skips.element(child, "Berth keeps no application metadata; it writes its own")));
		if (os.isEmpty()) {
			skips.element(domain, "guest OS", "the domain XML does not name it; assumed linux: change `os` if it is not");
			return new GuestOs("linux", Optional.empty());
		}
		String id = os.get().getAttribute("id");
		Optional<URI> uri = uri(id);
		String host = uri.map(URI::getHost).orElse("").replaceFirst("^www\\.", "");
		Optional<String> description = uri.map(URI::getPath).map(path -> String.join(" ", path.split("/")).strip())
				.filter(words -> !words.isEmpty());
		if (host.equals("microsoft.com")) {
			return new GuestOs("windows", description);
		}
		if (OTHER_SYSTEMS.contains(host)) {
			skips.element(os.get(), "guest OS " + id, "Berth's guest systems are linux and windows; assumed linux");
		}
		return new GuestOs("linux", description);
	}

	/** The {@code os} property. */
	String property() {
		return "os " + family + description.map(text -> " " + BerthText.quote(text)).orElse("");
	}

	private static Optional<URI> uri(String id) {
		try {
			return Optional.of(new URI(id));
		} catch (URISyntaxException e) {
			return Optional.empty();
		}
	}

	private static Optional<Element> libosinfo(Element metadata) {
		return Xml.children(metadata).stream()
				.filter(child -> LIBOSINFO.equals(child.getNamespaceURI()) && "libosinfo".equals(Xml.name(child))).findFirst();
	}
}
