package dev.berth.tests.model;

import static dev.berth.tests.support.ModelFixture.element;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Inject;
import dev.berth.berth.Container;
import dev.berth.berth.Deployment;
import dev.berth.model.Sizes;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import java.math.BigDecimal;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sizes convert to bytes with binary and decimal units; cpu stays an exact decimal. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class SizesTest {

	@Inject
	private ModelFixture fixture;

	private Container container(String properties) {
		Deployment deployment = fixture.parse("deployment d\nhost h { runtime docker }\ncontainer c on h { "
				+ properties + " }\n");
		return element(deployment, "c", Container.class);
	}

	@ParameterizedTest
	@CsvSource({
			"1 KiB, 1024",
			"256 MiB, 268435456",
			"64 GiB, 68719476736",
			"2 TiB, 2199023255552",
			"1 KB, 1000",
			"500 MB, 500000000",
			"8 GB, 8000000000",
			"3 TB, 3000000000000",
			"1.5 GiB, 1610612736",
			"0.5 KiB, 512",
			"0 MiB, 0" })
	void sizesBecomeBytes(String size, long bytes) {
		assertEquals(bytes, Sizes.bytes(container("memory " + size).getMemory()));
	}

	@Test
	void aFractionOfAByteIsRounded() {
		assertEquals(2, Sizes.bytes(container("memory 0.0015 KB").getMemory()));
	}

	@Test
	void cpuIsAnExactDecimal() {
		assertEquals(new BigDecimal("0.1"), container("cpu 0.1").getCpu());
		assertEquals(new BigDecimal("2"), container("cpu 2").getCpu());
	}

	@ParameterizedTest
	@CsvSource({
			"68719476736, 64.0 GiB",
			"71511831347, 66.6 GiB",
			"268435456, 256 MiB",
			"1610612736, 1.5 GiB",
			"1536, 1.5 KiB",
			"2199023255552, 2.0 TiB",
			"1342177280, 1.3 GiB",
			"-1342177280, -1.3 GiB",
			"-268435456, -256 MiB",
			"1073741823, 1024.0 MiB",
			"1048575, 1024.0 KiB",
			"549755813888000, 500.0 TiB",
			"9223372036854775807, 8388608.0 TiB",
			"100, 100 B" })
	void bytesReadBack(long bytes, String text) {
		assertEquals(text, Sizes.format(bytes));
	}
}
