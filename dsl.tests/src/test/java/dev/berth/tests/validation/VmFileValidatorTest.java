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

/** {@code file.missing} for VMs: user-data, CD-ROM images and ssh-key files beside the model exist. */
class VmFileValidatorTest extends ValidatorTestBase {

	private static final String HOST = "deployment d\nhost h { hypervisor kvm }\n";

	@TempDir
	Path dir;

	private List<Issue> issuesOfModel(String text) throws IOException {
		return issuesOfFile(Files.writeString(dir.resolve("site.berth"), text));
	}

	private void file(String path, String content) throws IOException {
		Files.createDirectories(dir.resolve(path).getParent());
		Files.writeString(dir.resolve(path), content);
	}

	@Test
	void everyMissingVmFileIsReportedOnWhatNamesIt() throws IOException {
		file("isos/tools.iso", "iso");
		List<Issue> issues = issuesOfModel(HOST + """
				vm db on h {
				    user-data "cloud/db.yaml"
				    cdrom "isos/tools.iso"
				    cdrom "isos/drivers.iso"
				    ssh-key "ssh-ed25519 AAAA admin@example"
				    ssh-key from file "keys/ops.pub"
				}
				""");
		assertEquals(List.of(4, 6, 8), linesOf(issues, "file.missing"));
		assertEquals("the user-data of vm db, cloud/db.yaml, does not exist (" + dir.resolve("cloud/db.yaml")
				+ "); create it beside the model, or correct the path", messageAt(issues, "file.missing", 4));
		assertEquals("the cdrom image of vm db, isos/drivers.iso, does not exist (" + dir.resolve("isos/drivers.iso")
				+ "); create it beside the model, or correct the path", messageAt(issues, "file.missing", 6));
		Issue key = issues.stream().filter(i -> "file.missing".equals(i.getCode()) && i.getLineNumber() == 8)
				.findFirst().orElseThrow();
		assertEquals(Severity.ERROR, key.getSeverity());
		assertArrayEquals(new String[] { "keys/ops.pub", dir.resolve("keys/ops.pub").toString() }, key.getData());
	}

	@Test
	void vmFilesThatExistAbsolutePathsAndImagesAreNotReported() throws IOException {
		file("cloud/db.yaml", "#cloud-config\npackage_update: true\n");
		file("isos/tools.iso", "iso");
		file("keys/ops.pub", "ssh-ed25519 AAAA ops@example\n");
		assertNotRaised(issuesOfModel(HOST + """
				vm db on h {
				    disk root 10 GiB image "images/missing.qcow2"
				    kernel "boot/vmlinuz" initrd "boot/initrd.img"
				    user-data "cloud/db.yaml"
				    cdrom "isos/tools.iso" cdrom "/var/lib/libvirt/images/virtio-win.iso"
				    ssh-key from file "keys/ops.pub" ssh-key from file "%s"
				}
				""".formatted(dir.resolve("keys/ops.pub"))), "file.missing");
	}

	@Test
	void keyFilesAndUserDataAreReadHereSoAMissingAbsoluteOneIsReported() throws IOException {
		List<Issue> issues = issuesOfModel(HOST + """
				vm db on h {
				    user-data "/nonexistent/berth/db.yaml"
				    ssh-key from file "/nonexistent/berth/ops.pub"
				}
				""");
		assertEquals(List.of(4, 5), linesOf(issues, "file.missing"));
		assertEquals("the user-data of vm db, /nonexistent/berth/db.yaml, does not exist (/nonexistent/berth/db.yaml); "
				+ "create it, or correct the path", messageAt(issues, "file.missing", 4));
	}

	@Test
	void aPrivateKeyFileIsRefusedAndAPublicOneIsNot() throws IOException {
		file("keys/ops", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n");
		file("keys/ops.pub", "ssh-ed25519 AAAA ops@example\n");
		List<Issue> issues = issuesOfModel(HOST + "vm db on h {\n    ssh-key from file \"keys/ops\"\n}\n");
		assertRaised(issues, "vm.ssh-key-private", Severity.ERROR, 4);
		assertNotRaised(issuesOfModel(HOST + "vm db on h { ssh-key from file \"keys/ops.pub\" }\n"), "vm.ssh-key-private");
	}

	@Test
	void aFolderWhereAnSshKeyFileBelongs() throws IOException {
		Files.createDirectories(dir.resolve("keys"));
		List<Issue> issues = issuesOfModel(HOST + "vm db on h { ssh-key from file \"keys\" }\n");
		assertEquals("the ssh-key file of vm db, keys, is not a file (" + dir.resolve("keys") + "); create it beside the "
				+ "model, or correct the path", messageAt(issues, "file.missing", 3));
	}
}
