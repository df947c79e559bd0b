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

/**
 * {@code file.missing}: files and folders beside the model exist; {@code volume.name-invalid}: volume names;
 * {@code volume.size-on-bind}: only named volumes have a size.
 */
class FileValidatorTest extends ValidatorTestBase {

	private static final String HOST = "deployment d\nhost h { runtime docker }\n";

	@TempDir
	Path dir;

	private List<Issue> issuesOfModel(String text) throws IOException {
		return issuesOfFile(Files.writeString(dir.resolve("site.berth"), text));
	}

	private void file(String path) throws IOException {
		Files.createDirectories(dir.resolve(path).getParent());
		Files.writeString(dir.resolve(path), "x\n");
	}

	@Test
	void everyMissingFileIsReportedOnWhatNamesIt() throws IOException {
		List<Issue> issues = issuesOfModel(HOST + """
				secret s from file "secrets/s.txt"
				container api on h { user "1"
				    build "./api"
				    env-file "api.env"
				    volume "./html" -> "/html"
				    secret s
				}
				""");
		assertEquals(List.of(3, 5, 6, 7), linesOf(issues, "file.missing"));
		assertEquals("the build context of container api, ./api, does not exist (" + dir.resolve("api") + "); create "
				+ "it beside the model, or correct the path", messageAt(issues, "file.missing", 5));
		Issue secret = issues.stream().filter(i -> "file.missing".equals(i.getCode()) && i.getLineNumber() == 3)
				.findFirst().orElseThrow();
		assertEquals(Severity.ERROR, secret.getSeverity());
		assertArrayEquals(new String[] { "secrets/s.txt", dir.resolve("secrets/s.txt").toString() }, secret.getData());
	}

	@Test
	void filesThatExistAndAbsolutePathsAreFine() throws IOException {
		file("secrets/s.txt");
		file("api/Containerfile");
		file("web/Dockerfile.prod");
		file("api.env");
		file("html/index.html");
		assertNotRaised(issuesOfModel(HOST + """
				secret s from file "secrets/s.txt"
				secret t from file "/etc/berth/t.txt"
				container api on h { user "1" build "./api" env-file "api.env" env-file "/etc/api.env"
				    volume "./html" -> "/html" volume "/srv" -> "/srv" volume "data" -> "/data" secret s secret t }
				container web on h { user "1" build "web" dockerfile "Dockerfile.prod" }
				container ext on h { user "1" build "/srv/build/ext" dockerfile "Missing" }
				"""), "file.missing");
	}

	@Test
	void aBuildContextWithoutADockerfile() throws IOException {
		Files.createDirectories(dir.resolve("api"));
		file("web/Dockerfile");
		List<Issue> issues = issuesOfModel(HOST + """
				container api on h { user "1" build "./api" }
				container web on h { user "1" build "./web"
				    dockerfile "Dockerfile.prod"
				}
				""");
		assertEquals(List.of(3, 5), linesOf(issues, "file.missing"));
		assertEquals("the build context ./api of container api (" + dir.resolve("api") + ") holds neither a Dockerfile "
				+ "nor a Containerfile; add one, or name the file to build with `dockerfile \"NAME\"`",
				messageAt(issues, "file.missing", 3));
	}

	@Test
	void aFolderWhereAFileBelongs() throws IOException {
		Files.createDirectories(dir.resolve("api.env"));
		List<Issue> issues = issuesOfModel(HOST + "container c on h { image \"a:1\" user \"1\" env-file \"api.env\" }\n");
		assertEquals("the env-file of container c, api.env, is not a file (" + dir.resolve("api.env") + "); create it "
				+ "beside the model, or correct the path", messageAt(issues, "file.missing", 3));
	}

	@Test
	void aModelThatIsNotOnDiskHasNothingBesideIt() {
		assertNotRaised(issues(HOST + "secret s from file \"secrets/s.txt\"\n"), "file.missing");
	}

	@Test
	void volumeNamesThatComposeRejects() {
		List<Issue> issues = issues(HOST + """
				container c on h { image "a:1" user "1"
				    volume "_cache" -> "/cache"
				    volume "my data" -> "/data"
				    volume "pg-data_1.x" -> "/pg"
				    volume "./html" -> "/html"
				    volume "~/logs" -> "/logs"
				}
				""");
		assertEquals(List.of(4, 5), linesOf(issues, "volume.name-invalid"));
		Issue issue = assertRaised(issues(HOST + "container c on h { image \"a:1\" volume \"my data\" -> \"/d\" }\n"),
				"volume.name-invalid", Severity.ERROR, 3);
		assertEquals("'my data' is not a valid volume name: Compose takes letters, digits, _, . and -, starting with "
				+ "a letter or digit; write my_data, or start a path with ./ to mount a folder beside the model",
				issue.getMessage());
	}

	@Test
	void aSizeOnABindMountIsIgnoredAndWarnedAbout() {
		List<Issue> issues = issues(HOST + """
				container c on h { image "a:1" user "1"
				    volume "pgdata" -> "/var/lib/postgresql/data" size 50 GiB
				    volume "./html" -> "/usr/share/nginx/html" readonly size 1 GiB
				    volume "/srv" -> "/srv" size 1 GiB readonly
				    volume "~/logs" -> "/logs"
				}
				""");
		assertEquals(List.of(5, 6), linesOf(issues, "volume.size-on-bind"));
		Issue issue = assertRaised(issues(HOST + "container c on h { image \"a:1\"\n"
				+ "volume \"./html\" -> \"/usr/share/nginx/html\" readonly size 1 GiB }\n"),
				"volume.size-on-bind", Severity.WARNING, 4);
		assertEquals("volume ./html -> /usr/share/nginx/html is a bind mount of a host path; its size is the host file "
				+ "system's, so `size` is ignored; remove it or use a named volume", issue.getMessage());
		assertArrayEquals(new String[] { "./html" }, issue.getData());
	}
}
