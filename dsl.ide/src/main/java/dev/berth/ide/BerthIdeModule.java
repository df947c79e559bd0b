package dev.berth.ide;

import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.hover.IHoverService;

/** Wires Berth's editor services (quick fixes, hovers, code lenses, semantic tokens) into Xtext's language server. */
public class BerthIdeModule extends AbstractBerthIdeModule {

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return BerthCodeActionService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return BerthQuickFixProvider.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return BerthHoverService.class;
	}

	public Class<? extends ICodeLensService> bindICodeLensService() {
		return BerthCodeLensService.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return BerthSemanticHighlightingCalculator.class;
	}

	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return ValidateOnly.class;
	}
}
