package dev.berth.ide.symbol;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;

/** Flat document symbols and workspace symbols, with the same kinds as the outline. */
public class BerthDocumentSymbolService extends DocumentSymbolService {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		return BerthSymbolKindProvider.of(type);
	}
}
