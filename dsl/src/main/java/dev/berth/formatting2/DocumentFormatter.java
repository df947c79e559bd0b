package dev.berth.formatting2;

import com.google.inject.Inject;
import com.google.inject.Provider;
import java.util.List;
import java.util.Map;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;

/** The canonical text of a whole file, computed from its parsed resource without touching the disk. */
public class DocumentFormatter {

	/** Four spaces, as the language contract's example is indented. */
	public static final String INDENTATION = "    ";

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private Provider<FormatterRequest> requests;

	/** The file's text in its canonical layout. */
	public String format(XtextResource resource) {
		ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get().setTextRegionAccess(access);
		request.setPreferences(TypedPreferenceValues.castOrWrap(
				new MapBasedPreferenceValues(Map.of(FormatterPreferenceKeys.indentation.getId(), INDENTATION))));
		List<ITextReplacement> replacements = formatters.get().format(request);
		return access.getRewriter().renderToString(replacements);
	}
}
