package io.keyward.connectors.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A real Keycloak in dev mode ({@code kc.sh start-dev}) on a free loopback port, unpacked by Maven
 * into {@code target/keycloak/} (see connectors/pom.xml). Its H2 data lives under that copy and is
 * wiped before each start, so every test run begins with an empty server. Stopping sends SIGTERM to
 * kc.sh and the JVM it starts.
 */
final class KeycloakServer implements AutoCloseable {
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "keyward-test-admin";

  /** The first start re-augments the Quarkus build (~85 s); later ones take ~45 s. */
  private static final Duration READY_WITHIN = Duration.ofSeconds(300);

  private final Process process;
  private final String url;
  private final Path log;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private Duration startup = Duration.ZERO;

  private KeycloakServer(Process process, String url, Path log) {
    this.process = process;
    this.url = url;
    this.log = log;
  }

  /** Starts the server and waits until it answers, or fails with the end of its log. */
  static KeycloakServer start() {
    Path home = home();
    Path log = home.getParent().resolve("kc-test.log");
    try {
      deleteTree(home.resolve("data"));
      int port = freePort();
      ProcessBuilder builder =
          new ProcessBuilder(
                  home.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--http-port=" + port,
                  "--http-host=127.0.0.1",
                  "--http-management-port=" + freePort())
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
      builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
      long begin = System.nanoTime();
      Process process = builder.start();
      String url = "http://127.0.0.1:" + port;
      KeycloakServer server = new KeycloakServer(process, url, log);
      // Also stop it when the JVM ends without closing the store (a crash, Ctrl-C).
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "keycloak-stop"));
      server.awaitReady(begin);
      server.startup = Duration.ofNanos(System.nanoTime() - begin);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start Keycloak from " + home, e);
    }
  }

  private static Path home() {
    String home = System.getProperty("keyward.keycloak.home");
    if (home == null || !Files.isExecutable(Path.of(home, "bin", "kc.sh"))) {
      throw new IllegalStateException(
          "no Keycloak at "
              + home
              + "; run the tests through Maven, which unpacks it into connectors/target/keycloak");
    }
    return Path.of(home);
  }

  String url() {
    return url;
  }

  /** How long the server took to answer. */
  Duration startup() {
    return startup;
  }

  /** Resident memory of the server JVM in MiB, from /proc; -1 where that is not readable. */
  long residentMiB() {
    return Stream.concat(Stream.of(process.toHandle()), process.descendants())
            .mapToLong(KeycloakServer::residentKiB)
            .max()
            .orElse(-1)
        / 1024;
  }

  private static long residentKiB(ProcessHandle handle) {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", Long.toString(handle.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Not Linux, or the process is gone: no figure.
    }
    return -1;
  }

  private void awaitReady(long beginNanos) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(url + "/realms/master/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = beginNanos + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak exited with " + process.exitValue() + " while starting:\n" + logTail());
      }
      try {
        if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop();
        throw new IllegalStateException("interrupted while waiting for Keycloak", e);
      }
      sleep(Duration.ofMillis(500));
    }
    stop();
    throw new IllegalStateException(
        "Keycloak did not answer within " + READY_WITHIN.toSeconds() + " s:\n" + logTail());
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  /** SIGTERM to kc.sh and everything it started; SIGKILL if they linger. Safe to call twice. */
  void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    List<ProcessHandle> tree =
        Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    tree.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        tree.forEach(ProcessHandle::destroyForcibly);
      }
      for (ProcessHandle handle : tree) {
        handle.onExit().get(30, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      tree.forEach(ProcessHandle::destroyForcibly);
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
