package dev.berth.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.importer.ImportException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is no domain or network XML is an error at its line and column, never a stack trace. */
class DomainXmlErrorsTest {

	@TempDir
	Path dir;

	private ImportException error(String xml) {
		return assertThrows(ImportException.class, () -> DomainImport.of(dir, xml));
	}

	@Test
	void xmlThatIsNotWellFormedIsAnErrorAtItsPlace() {
		ImportException e = error("<domain type='kvm'>\n  <name>vm1</name>\n  <vcpu>2</vcpus>\n</domain>\n");
		assertEquals(3, e.spot().line());
		assertEquals(16, e.spot().column());
		assertEquals("not valid XML: The end-tag for element type \"vcpu\" must end with a '>' delimiter.", e.getMessage());
		assertTrue(e.toLine().startsWith(dir.resolve("domain.xml") + ":3:16: error: not valid XML: "), e.toLine());
	}

	@Test
	void anUnclosedAttributeAndAnEmptyFile() {
		assertEquals(2, error("<domain type='kvm'>\n  <name a='x>vm1</name>\n</domain>").spot().line());
		ImportException empty = error("");
		assertEquals(1, empty.spot().line());
		assertTrue(empty.getMessage().startsWith("not valid XML: Premature end of file"), empty.getMessage());
	}

	@Test
	void aRootOtherThanDomainOrNetworkIsAnError() {
		ImportException e = error("<?xml version='1.0'?>\n<pool type='dir'>\n  <name>default</name>\n</pool>\n");
		assertEquals("the root element is <pool>, not <domain> or <network>: this is neither a libvirt domain as `virsh "
				+ "dumpxml` writes it nor a network as `virsh net-dumpxml` writes it", e.getMessage());
		assertEquals(2, e.spot().line());
		assertEquals(1, e.spot().column());
	}

	@Test
	void aNetworkWithoutNameIsAnError() {
		ImportException e = error("<network>\n  <forward mode='nat'/>\n</network>\n");
		assertEquals("the network has no <name>, which libvirt requires", e.getMessage());
		assertEquals(1, e.spot().line());
	}

	@Test
	void aDomainWithoutNameIsAnError() {
		ImportException e = error("<domain type='kvm'>\n  <vcpu>1</vcpu>\n</domain>\n");
		assertEquals("the domain has no <name>, which libvirt requires", e.getMessage());
		assertEquals(1, e.spot().line());
	}

	@Test
	void aDoctypeIsRefusedSoNoExternalEntityIsRead() {
		ImportException e = error("<?xml version='1.0'?>\n<!DOCTYPE domain [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n"
				+ "<domain type='kvm'><name>&x;</name></domain>\n");
		assertEquals(2, e.spot().line());
		assertTrue(e.getMessage().contains("DOCTYPE is disallowed"), e.getMessage());
	}

	@Test
	void aFileThatIsNotUtf8OrNotThereIsAnError() throws Exception {
		Files.write(dir.resolve("latin1.xml"), new byte[] { '<', 'd', '>', (byte) 0xE9, '<', '/', 'd', '>' });
		ImportException latin1 = assertThrows(ImportException.class, () -> DomainImport.read(dir.resolve("latin1.xml")));
		assertEquals("not UTF-8 text, as virsh dumpxml writes it", latin1.getMessage());
		ImportException missing = assertThrows(ImportException.class, () -> DomainImport.read(dir.resolve("none.xml")));
		assertTrue(missing.getMessage().startsWith("cannot read the file: "), missing.getMessage());
	}
}
