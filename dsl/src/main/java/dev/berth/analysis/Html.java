package dev.berth.analysis;

/** Escapes text for HTML and SVG, in element content and in quoted attributes. */
final class Html {

	private Html() {
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
				.replace("'", "&#39;");
	}
}
