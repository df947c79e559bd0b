package dev.berth.tests.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.tests.support.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.Tool;
import org.antlr.tool.ANTLRErrorListener;
import org.antlr.tool.ErrorManager;
import org.antlr.tool.Message;
import org.antlr.tool.ToolMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs ANTLR on the grammars that Xtext generated and fails on any warning: a warning(200) means
 * ANTLR silently disabled an alternative, which the MWE2 build would otherwise let pass.
 */
class GrammarAmbiguityTest {

	@TempDir
	Path out;

	@ParameterizedTest
	@ValueSource(strings = { "dsl/src/main/xtext-gen/dev/berth/parser/antlr/internal/InternalBerth.g",
			"dsl.ide/src/main/xtext-gen/dev/berth/ide/contentassist/antlr/internal/InternalBerth.g" })
	void antlrReportsNoWarning(String grammar) {
		Path file = Project.path(grammar);
		assertTrue(Files.isRegularFile(file), "the build generates " + file);
		List<String> problems = new ArrayList<>();
		ErrorManager.setErrorListener(new ANTLRErrorListener() {
			@Override
			public void info(String message) {
			}

			@Override
			public void error(Message message) {
				problems.add(message.toString());
			}

			@Override
			public void warning(Message message) {
				problems.add(message.toString());
			}

			@Override
			public void error(ToolMessage message) {
				problems.add(message.toString());
			}
		});
		try {
			new Tool(new String[] { "-o", out.toString(), file.toString() }).process();
		} finally {
			ErrorManager.removeErrorListener();
		}
		assertEquals(List.of(), problems);
	}
}
