package dev.berth.formatting2;

import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/** Writes a qualified name that the parser read as one region without the blanks around its dots. */
final class TightNameReplacer implements ITextReplacer {

	private final ITextSegment region;

	TightNameReplacer(ITextSegment region) {
		this.region = region;
	}

	@Override
	public ITextSegment getRegion() {
		return region;
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		context.addReplacement(region.replaceWith(region.getText().replaceAll("\\s+", "")));
		return context;
	}
}
