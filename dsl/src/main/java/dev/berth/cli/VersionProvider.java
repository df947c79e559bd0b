package dev.berth.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version that the build writes into {@code berth-version.properties}. */
final class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "berth " + version() };
	}

	/** The version number of this build, such as {@code 0.1.0}. */
	static String version() {
		Properties properties = new Properties();
		try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/berth/cli/berth-version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties.getProperty("version", "unknown");
	}
}
