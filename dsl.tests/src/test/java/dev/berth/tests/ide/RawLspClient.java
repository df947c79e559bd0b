package dev.berth.tests.ide;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Speaks JSON-RPC to the server jar frame by frame, so tests can send what LSP4J's own client never would. */
final class RawLspClient implements AutoCloseable {

	private final Process server;

	private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();

	private final List<JsonObject> notifications = new ArrayList<>();

	private int id;

	RawLspClient(Process server) {
		this.server = server;
		Thread reader = new Thread(() -> read(server.getInputStream()));
		reader.setDaemon(true);
		reader.start();
	}

	private void read(InputStream input) {
		DataInputStream in = new DataInputStream(input);
		try {
			while (true) {
				int length = 0;
				for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
					if (line.startsWith("Content-Length:")) {
						length = Integer.parseInt(line.substring(15).trim());
					}
				}
				byte[] body = new byte[length];
				in.readFully(body);
				messages.add(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
			}
		} catch (IOException e) {
			messages.add(new JsonObject());
		}
	}

	private static String readLine(DataInputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new IOException("closed");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	void raw(String frame) throws IOException {
		OutputStream out = server.getOutputStream();
		out.write(frame.getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	void notify(String method, JsonElement params) throws IOException {
		send(message(method, params));
	}

	/** Sends a request and waits for its response, keeping the notifications that arrive meanwhile. */
	JsonObject request(String method, JsonElement params) throws IOException, InterruptedException {
		JsonObject request = message(method, params);
		request.addProperty("id", ++id);
		send(request);
		while (true) {
			JsonObject message = next();
			if (message.has("id") && message.get("id").getAsInt() == id && !message.has("method")) {
				return message;
			}
		}
	}

	/** Waits for a notification of this method whose params satisfy the test, and returns its params. */
	JsonObject await(String method, Predicate<JsonObject> test) throws InterruptedException {
		for (JsonObject seen : notifications) {
			if (method.equals(seen.get("method").getAsString()) && test.test(seen.getAsJsonObject("params"))) {
				return seen.getAsJsonObject("params");
			}
		}
		while (true) {
			JsonObject message = next();
			if (message.has("method") && method.equals(message.get("method").getAsString())
					&& test.test(message.getAsJsonObject("params"))) {
				return message.getAsJsonObject("params");
			}
		}
	}

	private JsonObject next() throws InterruptedException {
		JsonObject message = messages.poll(60, TimeUnit.SECONDS);
		if (message == null || message.size() == 0) {
			throw new AssertionError("the server did not answer");
		}
		if (message.has("method") && !message.has("id")) {
			notifications.add(message);
		}
		return message;
	}

	private static JsonObject message(String method, JsonElement params) {
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("method", method);
		message.add("params", params);
		return message;
	}

	private void send(JsonObject message) throws IOException {
		byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
		raw("Content-Length: " + body.length + "\r\n\r\n" + new String(body, StandardCharsets.UTF_8));
	}

	@Override
	public void close() throws InterruptedException {
		server.destroy();
		server.waitFor(10, TimeUnit.SECONDS);
	}
}
