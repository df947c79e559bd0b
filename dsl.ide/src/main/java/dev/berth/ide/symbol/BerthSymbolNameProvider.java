package dev.berth.ide.symbol;

import dev.berth.berth.Element;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

/** Names each declaration in the outline by its own name, under its deployment's qualified name. */
public class BerthSymbolNameProvider extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		return object instanceof Element element && element.getName() != null ? element.getName() : super.getName(object);
	}
}
