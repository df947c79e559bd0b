package dev.berth.ide.contentassist;

import com.google.common.base.Predicate;
import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Hypervisor;
import dev.berth.berth.Machine;
import dev.berth.berth.OsFamily;
import dev.berth.berth.Runtime;
import dev.berth.model.Machines;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

/**
 * Offers as a workload's machine only machines that can take it: for a container, machines with a container
 * runtime and the container's kernel (Linux for a balancer, an HAProxy container); for a VM, hosts with a
 * hypervisor and VMs that nest.
 */
public class BerthContentProposalProvider extends IdeContentProposalProvider {

	@Override
	protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
		if (!BerthPackage.Literals.MACHINE.getName().equals(reference.getType().getClassifier().getName())) {
			return super.getCrossrefFilter(reference, context);
		}
		EObject workload = context.getCurrentModel();
		boolean vm = GrammarUtil.containingParserRule(reference).getName().equals(BerthPackage.Literals.VM.getName());
		OsFamily kernel = workload instanceof Container container ? Machines.os(container.getOs()).family() : OsFamily.LINUX;
		return candidate -> {
			EObject machine = EcoreUtil.resolve(candidate.getEObjectOrProxy(), context.getResource());
			if (!(machine instanceof Machine target) || machine == workload) {
				return false;
			}
			return vm ? Machines.hypervisor(target) != Hypervisor.NONE
					: Machines.runtime(target) != Runtime.NONE && Machines.kernel(target) == kernel;
		};
	}
}
