package dev.berth.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Inject;
import dev.berth.tests.BerthInjectorProvider;
import dev.berth.tests.support.ModelFixture;
import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Syntax errors carry the code {@code syntax}, a position, and a sentence instead of ANTLR's jargon. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BerthInjectorProvider.class)
class SyntaxErrorTest {

	@Inject
	private ModelFixture fixture;

	private Issue onlyIssue(String text) {
		List<Issue> issues = fixture.issuesOfText(text).stream().filter(i -> "syntax".equals(i.getCode())).toList();
		assertEquals(1, issues.size(), () -> "expected one syntax error, got " + issues);
		Issue issue = issues.get(0);
		assertEquals("syntax", issue.getCode());
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(!issue.getMessage().contains("mismatched") && !issue.getMessage().contains("viable"),
				issue.getMessage());
		return issue;
	}

	@Test
	void aMisspelledPropertyListsTheWordsTheBlockTakes() {
		Issue issue = onlyIssue("""
				deployment d
				host node1 {
				    memry 64 GiB
				}
				""");
		assertEquals(3, issue.getLineNumber());
		assertEquals(5, issue.getColumn());
		assertEquals("unexpected 'memry' in host node1, where a property starts with one of: cpu, memory, disk, "
				+ "os, arch, hypervisor, runtime, overcommit, address, storage, connection ('}' ends the block)",
				issue.getMessage());
	}

	@Test
	void aMisspelledElementListsTheDeclarations() {
		Issue issue = onlyIssue("""
				deployment d
				hots node1 { }
				""");
		assertEquals(2, issue.getLineNumber());
		assertEquals(1, issue.getColumn());
		assertEquals("unexpected 'hots'; a declaration starts with one of: import, host, network, secret, vm, "
				+ "container, balancer, profile", issue.getMessage());
	}

	@Test
	void aMissingUnitIsNamed() {
		Issue issue = onlyIssue("""
				deployment d
				host h {
				    cpu 4
				    memory 8 GiB
				}
				""");
		assertEquals(4, issue.getLineNumber());
		assertEquals("missing 'cores' before 'memory'", issue.getMessage());
	}

	@Test
	void anUnclosedBlockSaysWhichOne() {
		Issue issue = onlyIssue("""
				deployment d
				host h { runtime docker }
				container c on h {
				    image "x:1"
				""");
		assertEquals("the file ends before '}' closes container c", issue.getMessage());
	}

	@Test
	void aWrongKindOfValueSaysWhatWasExpected() {
		Issue issue = onlyIssue("""
				deployment d
				host h { address 10 }
				""");
		assertEquals("expected a quoted string but found '10'", issue.getMessage());
	}

	@Test
	void aNumberTooLargeIsASyntaxError() {
		Issue issue = onlyIssue("""
				deployment d
				host h { runtime docker }
				container c on h { port 99999999999 -> 80 }
				""");
		assertEquals(3, issue.getLineNumber());
		assertEquals("the number 99999999999 is too large", issue.getMessage());
	}

	@Test
	void aNegativeNumberIsASyntaxError() {
		Issue issue = onlyIssue("""
				deployment d
				host h { runtime docker }
				container c on h { cpu -1 }
				""");
		assertEquals("unexpected '-' in container c, where a property starts with one of: image, build, dockerfile, "
				+ "build-target, build-arg, replicas, cpu, memory, port, expose, env, env-file, secret, volume, network, "
				+ "user, os, role, privileged, command, entrypoint, workdir, hostname, healthcheck, cap, read-only, tmpfs, "
				+ "label, sandbox, restart, depends ('}' ends the block)", issue.getMessage());
	}

	@Test
	void aVolumeSizeNeedsAUnit() {
		Issue issue = onlyIssue("""
				deployment d
				host h { runtime docker }
				container c on h { volume "data" -> "/data" size 50 }
				""");
		assertEquals(3, issue.getLineNumber());
		assertEquals("expected a size unit (KiB, MiB, GiB, TiB, KB, MB, GB, TB) after the number but found '}'",
				issue.getMessage());
	}

	@Test
	void elementKeywordsAreReservedAsNames() {
		Issue issue = onlyIssue("""
				deployment d
				host vm { }
				""");
		assertEquals(2, issue.getLineNumber());
		assertTrue(issue.getMessage().contains("'vm'"), issue.getMessage());
	}

	@Test
	void anEmptyFileNeedsADeployment() {
		Issue issue = onlyIssue("");
		assertEquals("expected 'deployment' but found the end of the file", issue.getMessage());
	}
}
