package dev.berth.tests.model;

import static dev.berth.tests.support.ModelFixture.element;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Inject;
import dev.berth.berth.Container;
import dev.berth.berth.Deployment;
import dev.berth.berth.PortMapping;
import dev.berth.model.Machines;
import dev.berth.model.Placement;
import dev.berth.model.Replicas;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Replicas spread evenly over their machines, the first taking the remainder; each takes its port of a range. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class ReplicasTest {

	@Inject
	private ModelFixture fixture;

	private Container container(String on, String properties) {
		Deployment deployment = fixture.parse("""
				deployment d
				host a { runtime docker }
				host b { runtime docker }
				host c { runtime docker }
				container web on %s { %s }
				""".formatted(on, properties));
		return element(deployment, "web", Container.class);
	}

	private static List<String> spread(Container container) {
		return Replicas.placements(container).stream()
				.map(p -> Machines.name(p.machine()) + "=" + p.instances() + "@" + p.first()).toList();
	}

	@Test
	void oneReplicaPerMachineByDefault() {
		Container web = container("a, b, c", "");
		assertEquals(3, Replicas.total(web));
		assertEquals(List.of("a=1@0", "b=1@1", "c=1@2"), spread(web));
	}

	@Test
	void replicasSpreadEvenly() {
		assertEquals(List.of("a=2@0", "b=2@2"), spread(container("a, b", "replicas 4")));
	}

	@Test
	void theFirstMachinesTakeTheRemainder() {
		assertEquals(List.of("a=3@0", "b=2@3", "c=2@5"), spread(container("a, b, c", "replicas 7")));
		assertEquals(List.of("a=1@0", "b=0@1", "c=0@1"), spread(container("a, b, c", "replicas 1")));
	}

	@Test
	void aMachineListedTwiceCountsOnce() {
		Container web = container("a, b, a", "replicas 4");
		assertEquals(List.of("a=2@0", "b=2@2"), spread(web));
		assertEquals(2, Replicas.instancesOn(web, web.getMachines().get(0)));
	}

	@Test
	void theIthReplicaOnAMachineTakesTheIthPortOfARange() {
		PortMapping range = container("a", "port 8080-8081 -> 80").getPorts().get(0);
		assertEquals(OptionalInt.of(8080), Replicas.hostPort(range, 0));
		assertEquals(OptionalInt.of(8081), Replicas.hostPort(range, 1));
		assertEquals(OptionalInt.empty(), Replicas.hostPort(range, 2));
		assertEquals(2, Replicas.hostPortCount(range));
	}

	@Test
	void aSinglePortIsSharedByEveryReplicaAndNoHostPortPublishesNothing() {
		Container web = container("a", "port 8080 -> 80 port 9000");
		assertEquals(OptionalInt.of(8080), Replicas.hostPort(web.getPorts().get(0), 3));
		assertEquals(1, Replicas.hostPortCount(web.getPorts().get(0)));
		assertEquals(OptionalInt.empty(), Replicas.hostPort(web.getPorts().get(1), 0));
		assertEquals(0, Replicas.hostPortCount(web.getPorts().get(1)));
	}

	@Test
	void aReversedRangeOffersNoPort() {
		PortMapping reversed = container("a", "port 9000-8000 -> 80").getPorts().get(0);
		assertEquals(0, Replicas.hostPortCount(reversed));
		assertEquals(OptionalInt.empty(), Replicas.hostPort(reversed, 0));
	}

	@Test
	void unresolvedMachinesAreLeftOut() {
		Container web = container("a, nowhere", "replicas 2");
		assertEquals(List.of(new Placement(web.getMachines().get(0), 2, 0)), Replicas.placements(web));
	}
}
