package io.keyward.connectors.testing;

import io.keyward.model.cache.Cache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a connector test runs against, set up before each test and closed after it: the fake source
 * API, served by {@code api} over loopback HTTP without Nagle delays, and a fresh cache file.
 * Register it with {@code @RegisterExtension} after the field holding the dispatcher; it is ready
 * before the test's own {@code @BeforeEach} methods run.
 */
public final class LoopbackSource implements BeforeEachCallback, AfterEachCallback {
  private static final String CACHE_FILE = "cache.db";

  private final Dispatcher api;
  private MockWebServer server;
  private Cache cache;
  private Path dir;

  public LoopbackSource(Dispatcher api) {
    this.api = api;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("keyward-source-test-");
    server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(api);
    server.start();
    cache = Cache.open(dir.resolve(CACHE_FILE));
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      cache.close();
      server.close();
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  /** The fake API's address of {@code path}. */
  public HttpUrl url(String path) {
    return server.url(path);
  }

  /** The fake API's root, as a source profile's {@code url} setting takes it. */
  public String baseUrl() {
    return url("/").toString();
  }

  public MockWebServer server() {
    return server;
  }

  public Cache cache() {
    return cache;
  }

  public Path cacheFile() {
    return dir.resolve(CACHE_FILE);
  }
}
