package dev.berth.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version that the build writes into {@code berth-version.properties}. */
final class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/berth/cli/berth-version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		return new String[] { "berth " + properties.getProperty("version", "unknown") };
	}
}
