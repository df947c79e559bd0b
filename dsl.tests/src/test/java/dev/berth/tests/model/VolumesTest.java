package dev.berth.tests.model;

import static dev.berth.tests.support.ModelFixture.element;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Inject;
import dev.berth.berth.Container;
import dev.berth.berth.Volume;
import dev.berth.model.Volumes;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import java.util.List;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A volume's size in bytes, 0 when it declares none. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class VolumesTest {

	@Inject
	private ModelFixture fixture;

	private List<Volume> volumes(String volumes) {
		return element(fixture.parse("deployment d\nhost h { runtime docker }\ncontainer c on h { image \"a:1\" "
				+ volumes + " }\n"), "c", Container.class).getVolumes();
	}

	@Test
	void aSizeBecomesBytesAndNoSizeIsZero() {
		List<Volume> volumes = volumes("volume \"pgdata\" -> \"/data\" size 50 GiB volume \"logs\" -> \"/logs\" "
				+ "readonly size 2 MB volume \"tmp\" -> \"/tmp\" volume \"./html\" -> \"/html\" readonly");
		assertEquals(50L << 30, Volumes.sizeBytes(volumes.get(0)));
		assertEquals(2_000_000L, Volumes.sizeBytes(volumes.get(1)));
		assertEquals(0, Volumes.sizeBytes(volumes.get(2)));
		assertEquals(0, Volumes.sizeBytes(volumes.get(3)));
	}
}
