package dev.berth.tests.validation;

import static dev.berth.tests.support.IssueAssertions.assertNotRaised;
import static dev.berth.tests.support.IssueAssertions.assertRaised;
import static dev.berth.tests.support.IssueAssertions.linesOf;
import static dev.berth.tests.support.IssueAssertions.messageAt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vm.seed-ignored}: seeds reach Linux guests only; {@code vm.user-data-invalid}: user-data is cloud-config. */
class CloudInitValidatorTest extends ValidatorTestBase {

	private static final String HOST = "deployment d\nhost h { hypervisor kvm }\n";

	@TempDir
	Path dir;

	private List<Issue> withUserData(String content) throws IOException {
		Files.writeString(dir.resolve("user-data.yaml"), content);
		return issuesOfFile(Files.writeString(dir.resolve("site.berth"),
				HOST + "vm db on h {\n    user-data \"user-data.yaml\"\n}\n"));
	}

	@Test
	void aSeedOnAGuestThatIsNotLinuxIsIgnored() {
		List<Issue> issues = issues(HOST + """
				vm win on h { os windows "Server 2022"
				    ssh-key "ssh-ed25519 AAAA admin@example"
				    ssh-key from file "keys/ops.pub"
				    user-data "cloud/win.yaml"
				}
				""");
		assertEquals(List.of(4, 5, 6), linesOf(issues, "vm.seed-ignored"));
		Issue issue = issues.stream().filter(i -> "vm.seed-ignored".equals(i.getCode()) && i.getLineNumber() == 6)
				.findFirst().orElseThrow();
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals("vm win runs windows, which reads no cloud-init seed, so Berth writes none and its user-data is "
				+ "ignored; set it up in the VM's image instead (on windows, cloudbase-init can), or remove it",
				issue.getMessage());
		assertArrayEquals(new String[] { "win", "windows" }, issue.getData());
	}

	@Test
	void aSeedOnALinuxGuestIsRead() {
		assertNotRaised(issues(HOST + """
				vm a on h { os linux "Debian 12" ssh-key "ssh-ed25519 AAAA admin@example" user-data "cloud/a.yaml" }
				vm b on h { ssh-key from file "keys/ops.pub" }
				vm c on h { os windows }
				"""), "vm.seed-ignored");
	}

	@Test
	void theFirstLineMustMarkCloudConfig() throws IOException {
		Issue issue = assertRaised(withUserData("#!/bin/sh\necho hi\n"), "vm.user-data-invalid", Severity.ERROR, 4);
		assertEquals("the user-data of vm db, user-data.yaml, is not a #cloud-config YAML mapping: its first line is "
				+ "'#!/bin/sh', not #cloud-config; make #cloud-config the first line, or cloud-init ignores the file",
				issue.getMessage());
		assertEquals("user-data.yaml", issue.getData()[0]);
	}

	@Test
	void theYamlMustLoad() throws IOException {
		assertEquals("the user-data of vm db, user-data.yaml, is not a #cloud-config YAML mapping: its YAML does not "
				+ "load: mapping values are not allowed here at line 3, column 9; correct the YAML there",
				messageAt(withUserData("#cloud-config\npackages: [htop]\nusers: a: b\n"), "vm.user-data-invalid", 4));
	}

	@Test
	void theYamlMustBeAMapping() throws IOException {
		assertEquals("the user-data of vm db, user-data.yaml, is not a #cloud-config YAML mapping: it holds a list, not "
				+ "a mapping; write cloud-config keys at the top level, such as `packages: [htop]`",
				messageAt(withUserData("#cloud-config\n- htop\n"), "vm.user-data-invalid", 4));
		assertRaised(withUserData("#cloud-config\nhtop\n"), "vm.user-data-invalid", Severity.ERROR, 4);
	}

	@Test
	void aCloudConfigMappingOrAnEmptyOneIsFine() throws IOException {
		assertNotRaised(withUserData("#cloud-config\r\npackage_update: true\r\npackages: [htop]\r\n"),
				"vm.user-data-invalid");
		assertNotRaised(withUserData("#cloud-config\n# nothing yet\n"), "vm.user-data-invalid");
	}

	@Test
	void aWindowsGuestsUserDataIsNotRead() throws IOException {
		Files.writeString(dir.resolve("setup.ps1"), "#ps1_sysnative\nWrite-Host hi\n");
		assertNotRaised(issuesOfFile(Files.writeString(dir.resolve("site.berth"),
				HOST + "vm win on h { os windows user-data \"setup.ps1\" }\n")), "vm.user-data-invalid");
	}
}
