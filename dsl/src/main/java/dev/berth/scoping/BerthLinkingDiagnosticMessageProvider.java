package dev.berth.scoping;

import dev.berth.berth.BerthPackage;
import dev.berth.validation.IssueCodes;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Explains a name that resolves to nothing, with the code {@code reference.unresolved} and the name as data. */
public class BerthLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = context.getLinkText();
		String message = "no " + kindOf(context.getReference().getEReferenceType()) + " named '" + name
				+ "' is in scope; check the spelling, or import the deployment that declares it";
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.REFERENCE_UNRESOLVED, name);
	}

	private static String kindOf(EClass type) {
		BerthPackage berth = BerthPackage.eINSTANCE;
		if (type == berth.getMachine()) {
			return "machine (a host, or a vm)";
		}
		if (type == berth.getWorkload()) {
			return "workload (a vm, container or balancer)";
		}
		return type.getName().toLowerCase();
	}
}
