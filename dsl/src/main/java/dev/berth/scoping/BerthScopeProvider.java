package dev.berth.scoping;

import dev.berth.berth.Deployment;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

/**
 * Resolves names within a deployment's namespace, through its imports, and across every file
 * that declares the same deployment.
 */
public class BerthScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
		if (context instanceof Deployment deployment && deployment.getName() != null) {
			resolvers.add(createImportedNamespaceResolver(deployment.getName() + ".*", ignoreCase));
		}
		return resolvers;
	}
}
