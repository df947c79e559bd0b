package dev.berth.ide.symbol;

import dev.berth.berth.Balancer;
import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Host;
import dev.berth.berth.Hypervisor;
import dev.berth.berth.Network;
import dev.berth.berth.OsSpec;
import dev.berth.berth.Profile;
import dev.berth.berth.Runtime;
import dev.berth.berth.Secret;
import dev.berth.berth.Size;
import dev.berth.berth.Vm;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** A declaration's kind and main figures in one line, such as {@code host · 16 cores, 64 GiB, kvm, docker}. */
public class BerthSymbolDetailsProvider extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		if (object instanceof Host host) {
			return line("host", host.getCpu() == null ? null : host.getCpu().toPlainString() + " cores",
					size(host.getMemory()), os(host.getOs()), hypervisor(host.getHypervisor()), runtime(host.getRuntime()));
		}
		if (object instanceof Vm vm) {
			return line("vm on " + written(vm, BerthPackage.Literals.VM__MACHINE), vm.getVcpu() == null ? null
					: vm.getVcpu() + " vcpu", size(vm.getMemory()), os(vm.getOs()), hypervisor(vm.getHypervisor()),
					runtime(vm.getRuntime()));
		}
		if (object instanceof Container container) {
			return line("container on " + written(container, BerthPackage.Literals.CONTAINER__MACHINES),
					container.getImage() == null ? container.getBuild() : container.getImage(), size(container.getMemory()),
					container.getReplicas() == null ? null : container.getReplicas() + " replicas");
		}
		if (object instanceof Network network) {
			return line("network", network.getSubnet(), network.getMode().getLiteral());
		}
		if (object instanceof Secret secret) {
			return line("secret", secret.getSource() == null ? null
					: "from " + secret.getSource().getLiteral() + " " + secret.getLocation());
		}
		if (object instanceof Balancer balancer) {
			return line("balancer on " + written(balancer, BerthPackage.Literals.BALANCER__MACHINE),
					balancer.getListen() == null ? null : "listen " + balancer.getListen(),
					written(balancer, BerthPackage.Literals.BALANCER__TARGETS));
		}
		if (object instanceof Profile profile) {
			return line("profile", labelled("overhead", size(profile.getOverhead())),
					labelled("baseline", size(profile.getBaseline())));
		}
		return object.eClass().getName().toLowerCase();
	}

	private static String labelled(String label, String value) {
		return value == null ? null : label + " " + value;
	}

	/** The kind, then the facts that are stated. */
	private static String line(String kind, String... facts) {
		String stated = Stream.of(facts).filter(fact -> fact != null && !fact.isEmpty()).collect(Collectors.joining(", "));
		return stated.isEmpty() ? kind : kind + " · " + stated;
	}

	private static String hypervisor(Hypervisor hypervisor) {
		return hypervisor == Hypervisor.NONE ? null : hypervisor.getLiteral();
	}

	private static String runtime(Runtime runtime) {
		return runtime == Runtime.NONE ? null : runtime.getLiteral();
	}

	private static String size(Size size) {
		return size == null || size.getValue() == null ? null
				: size.getValue().toPlainString() + " " + size.getUnit().getLiteral();
	}

	private static String os(OsSpec os) {
		return os == null ? null : os.getFamily().getLiteral();
	}

	/** The feature's values as written (references included, unresolved or not), joined by commas. */
	private static String written(EObject object, EStructuralFeature feature) {
		return NodeModelUtils.findNodesForFeature(object, feature).stream().map(NodeModelUtils::getTokenText)
				.collect(Collectors.joining(", "));
	}
}
