package dev.berth.importer.libvirt;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The virtual size of a disk image, as {@code qemu-img info --output=json} reads it. */
final class ImageSizes {

	private static final long TIMEOUT_SECONDS = 30;

	private ImageSizes() {
	}

	/** The image's virtual size in bytes; an {@link IOException} says why it cannot be read. */
	static long virtualSize(Path image, String format) throws IOException {
		if (!Files.isRegularFile(image)) {
			throw new IOException("no such file on this machine");
		}
		Path output = Files.createTempFile("berth-qemu-img", ".json");
		try {
			Process process = start(List.of("qemu-img", "info", "-U", "--output=json", "-f", format, image.toString()), output);
			String text = Files.readString(output, StandardCharsets.UTF_8);
			if (process.exitValue() != 0) {
				throw new IOException("qemu-img failed: " + text.strip().lines().findFirst().orElse("exit " + process.exitValue()));
			}
			JsonElement size = JsonParser.parseString(text.substring(Math.max(0, text.indexOf('{')))).getAsJsonObject()
					.get("virtual-size");
			if (size == null) {
				throw new IOException("qemu-img gave no virtual-size");
			}
			return size.getAsLong();
		} catch (JsonParseException | IllegalStateException | NumberFormatException e) {
			throw new IOException("qemu-img gave no JSON: " + e.getMessage(), e);
		} finally {
			Files.deleteIfExists(output);
		}
	}

	private static Process start(List<String> command, Path output) throws IOException {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		} catch (IOException e) {
			throw new IOException("qemu-img cannot run (Debian package qemu-utils): " + e.getMessage(), e);
		}
		try {
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("qemu-img did not answer within " + TIMEOUT_SECONDS + " s");
			}
			return process;
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while qemu-img ran", e);
		}
	}
}
