package dev.berth.ide;

import dev.berth.ide.contentassist.BerthContentProposalProvider;
import dev.berth.ide.contentassist.BerthCrossrefProposalProvider;
import dev.berth.ide.server.BerthDocumentExtensions;
import dev.berth.ide.server.BerthRenameService;
import dev.berth.ide.symbol.BerthDocumentSymbolService;
import dev.berth.ide.symbol.BerthSymbolDetailsProvider;
import dev.berth.ide.symbol.BerthSymbolKindProvider;
import dev.berth.ide.symbol.BerthSymbolNameProvider;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;

/** Wires Berth's editor services (quick fixes, completion, hovers, symbols, code lenses, semantic tokens) into Xtext's language server. */
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

	public Class<? extends DocumentExtensions> bindDocumentExtensions() {
		return BerthDocumentExtensions.class;
	}

	public Class<? extends IRenameService2> bindIRenameService2() {
		return BerthRenameService.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return BerthContentProposalProvider.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return BerthCrossrefProposalProvider.class;
	}

	public Class<? extends DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return BerthSymbolKindProvider.class;
	}

	public Class<? extends DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return BerthSymbolDetailsProvider.class;
	}

	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return BerthSymbolNameProvider.class;
	}

	public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
		return BerthDocumentSymbolService.class;
	}

	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return ValidateOnly.class;
	}
}
