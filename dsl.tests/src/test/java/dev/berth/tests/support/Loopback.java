package dev.berth.tests.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Free ports and HTTP requests on this machine's loopback interface, the only place the end-to-end tests talk to. */
public final class Loopback {

	private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2)).build();

	private Loopback() {
	}

	/** A free port whose successor is free too, for a two-port range. */
	public static int freePortPair() throws IOException {
		for (int attempt = 0; attempt < 50; attempt++) {
			try (ServerSocket first = new ServerSocket(0); ServerSocket second = new ServerSocket(first.getLocalPort() + 1)) {
				return first.getLocalPort();
			} catch (IOException e) {
				continue;
			}
		}
		throw new IOException("no two consecutive free ports");
	}

	/** A free port. */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * A free port below 1024, where an unprivileged process inside a container may not bind unless
	 * the generated service allows it; a free high port where this process may not bind one either.
	 */
	public static int freePrivilegedPort() throws IOException {
		for (int port = 1023; port > 900; port--) {
			try (ServerSocket socket = new ServerSocket(port)) {
				return port;
			} catch (IOException e) {
				continue;
			}
		}
		return freePort();
	}

	/** The body that {@code GET http://127.0.0.1:PORT/} answers, retried for ten seconds while nothing answers. */
	public static String get(int port) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
				.timeout(Duration.ofSeconds(5)).build();
		IOException last = null;
		for (int attempt = 0; attempt < 20; attempt++) {
			try {
				return CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body();
			} catch (IOException e) {
				last = e;
				Thread.sleep(500);
			}
		}
		throw last;
	}
}
