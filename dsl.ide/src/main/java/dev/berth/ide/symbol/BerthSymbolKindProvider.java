package dev.berth.ide.symbol;

import dev.berth.berth.BerthPackage;
import java.util.Map;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

/**
 * The kind of each declaration, chosen so that editors show distinct icons: a deployment a namespace, a host a
 * class, a VM an object, a container a package, a network an interface, a secret a key, a balancer a function
 * (it maps requests to instances), a profile a struct (a record of figures).
 */
public class BerthSymbolKindProvider extends DocumentSymbolKindProvider {

	private static final Map<EClass, SymbolKind> KINDS = Map.of(
			BerthPackage.Literals.DEPLOYMENT, SymbolKind.Namespace,
			BerthPackage.Literals.HOST, SymbolKind.Class,
			BerthPackage.Literals.VM, SymbolKind.Object,
			BerthPackage.Literals.CONTAINER, SymbolKind.Package,
			BerthPackage.Literals.NETWORK, SymbolKind.Interface,
			BerthPackage.Literals.SECRET, SymbolKind.Key,
			BerthPackage.Literals.BALANCER, SymbolKind.Function,
			BerthPackage.Literals.PROFILE, SymbolKind.Struct);

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		return of(type);
	}

	/** The kind of a declaration of this class, {@link SymbolKind#Property} for any other class. */
	static SymbolKind of(EClass type) {
		return KINDS.getOrDefault(type, SymbolKind.Property);
	}
}
