package dev.berth.tests.model;

import static dev.berth.tests.support.ModelFixture.element;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Inject;
import dev.berth.berth.Balancer;
import dev.berth.model.Balancers;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A balancer forwards to the named port, else the first exposed, else the first published container port. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class BalancersTest {

	@Inject
	private ModelFixture fixture;

	@Test
	void targetPortsFollowTheContract() {
		Balancer lb = element(fixture.parse("""
				deployment d
				host h { runtime docker hypervisor kvm }
				container named on h { expose 9090 port 8080 -> 80 }
				container exposed on h { expose 9090, 9091 port 8080 -> 80 }
				container published on h { port 8443 -> 443 port 8080 -> 80 }
				container silent on h { }
				vm box on h { }
				balancer lb on h { targets named:7000, exposed, published, silent, box }
				"""), "lb", Balancer.class);
		List<OptionalInt> ports = lb.getTargets().stream().map(Balancers::targetPort).toList();
		assertEquals(List.of(OptionalInt.of(7000), OptionalInt.of(80), OptionalInt.of(443), OptionalInt.empty(),
				OptionalInt.empty()), ports);
	}
}
