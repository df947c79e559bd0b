package dev.berth.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.generator.YamlWriter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strings that a YAML 1.2 reader would take for something else are quoted; all others stay plain. */
class YamlWriterTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "~", "=", "TRUE", "False", "yes", "No", "oN", "off", "NULL", "0o17", "-0O7_7", "0x1F",
			"+0Xab_", "12", "-1_000", "1.", "1.5", "1_2.3_4e-5", "3E+7", ".5", "._", ".5e3", "+.inf", "-.INF", ".NaN" })
	void ambiguousStringsAreQuoted(String text) {
		assertEquals("k: \"" + text + "\"\n", YamlWriter.dump(Map.of("k", text)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "+", "0o8", "0o", "0x", "0xg", "1e", "1e+", "1.2.3", "_1", ".e5", "..5", "1..2", "--1",
			"+-1", ".info", "nan", "tru", "nulll", "tru\u0435", "ye\u017f", ".\u0131nf", "\u0660" })
	void otherStringsStayPlain(String text) {
		assertEquals("k: " + text + "\n", YamlWriter.dump(Map.of("k", text)));
	}
}
