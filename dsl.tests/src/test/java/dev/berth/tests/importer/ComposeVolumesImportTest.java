package dev.berth.tests.importer;

import static dev.berth.tests.importer.ComposeImport.of;
import static dev.berth.tests.importer.ComposeImport.reported;
import static dev.berth.tests.importer.ComposeImport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.importer.ImportedSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Volumes in the short and long syntaxes (named volumes, bind mounts, tmpfs), and the top-level volume declarations. */
class ComposeVolumesImportTest {

	@TempDir
	Path dir;

	@Test
	void shortSyntaxCarriesNamedVolumesAndPathsWithTheirMode() throws Exception {
		ImportedSite site = of(dir, """
				services:
				  db:
				    image: postgres:16
				    volumes:
				      - data:/var/lib/postgresql/data
				      - ./init:/docker-entrypoint-initdb.d:ro
				      - /etc/localtime:/etc/localtime:ro,z
				      - ~/dumps:/dumps:rw
				      - /scratch
				    tmpfs: /run
				volumes:
				  data:
				  logs:
				    driver: local
				""");
		assertEquals("""
				container db on local {
				    image "postgres:16"
				    volume "data" -> "/var/lib/postgresql/data"
				    volume "./init" -> "/docker-entrypoint-initdb.d" readonly
				    volume "/etc/localtime" -> "/etc/localtime" readonly
				    tmpfs "/run"
				    restart no
				}
				""", text(site));
		assertEquals(List.of("14:5 volumes.logs.driver", "7:9 services.db.volumes /etc/localtime:/etc/localtime:ro,z mode z",
				"8:9 services.db.volumes ~/dumps",
				"9:9 services.db.volumes /scratch"), reported(site));
		ComposeImport.assertValid(dir, site);
	}

	@Test
	void longSyntaxCarriesVolumeBindAndTmpfsMounts() throws Exception {
		ImportedSite site = of(dir, """
				services:
				  app:
				    image: busybox:1.36
				    volumes:
				      - type: volume
				        source: cache
				        target: /cache
				        volume:
				          nocopy: true
				      - type: bind
				        source: config
				        target: /etc/app
				        read_only: true
				      - type: tmpfs
				        target: /tmp
				      - type: volume
				        target: /anonymous
				    tmpfs:
				      - /var/run
				""");
		assertEquals("""
				container app on local {
				    image "busybox:1.36"
				    volume "cache" -> "/cache"
				    volume "./config" -> "/etc/app" readonly
				    tmpfs "/tmp"
				    tmpfs "/var/run"
				    restart no
				}
				""", text(site));
		assertEquals(List.of("8:9 services.app.volumes.volume", "16:9 services.app.volumes /anonymous"), reported(site));
		ComposeImport.assertValid(dir, site);
	}
}
