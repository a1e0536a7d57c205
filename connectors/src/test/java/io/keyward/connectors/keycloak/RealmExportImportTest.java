package io.keyward.connectors.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.model.cache.Cache;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealmExportImportTest {
  @TempDir Path temp;

  private final FileImport format =
      Connectors.discover().importNamed("keycloak-realm").orElseThrow();
  private Cache cache;

  @BeforeEach
  void open() {
    cache = Cache.open(temp.resolve("cache.db"));
  }

  @AfterEach
  void close() {
    cache.close();
  }

  private SyncOutcome importFile(Path file, String sourceId) {
    return new SyncEngine(cache)
        .importFile(format, file, sourceId, SyncListener.SILENT, new Cancellation());
  }

  @Test
  void theConnectorIsFoundWithItsImport() {
    assertThat(Connectors.discover().forCliName("keycloak"))
        .hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(SourceKind.KEYCLOAK));
    assertThat(format.kind()).isEqualTo(SourceKind.KEYCLOAK);
  }

  @Test
  void anExportIsImportedUnderTheRealmsSourceId() throws IOException {
    Path file = Fixtures.path("keycloak", "realm-export.json");
    SyncOutcome outcome = importFile(file, null);

    assertThat(outcome.error()).isNull();
    assertThat(outcome.sourceId()).isEqualTo("keycloak:agents");
    Source source = cache.repository().sources().get(0);
    assertThat(source.name()).isEqualTo("Keycloak realm agents");
    assertThat(source.location()).isEqualTo("realm export " + file.toAbsolutePath());
    var stats = cache.repository().stats();
    assertThat(stats.identitiesByKind())
        .containsEntry(IdentityKind.HUMAN, 1L)
        .containsEntry(IdentityKind.AGENT, 1L)
        .containsEntry(IdentityKind.APPLICATION, 9L)
        .containsEntry(IdentityKind.GROUP, 2L);
    assertThat(stats.credentials()).isEqualTo(1);
    String stored =
        new String(Files.readAllBytes(temp.resolve("cache.db")), StandardCharsets.ISO_8859_1);
    assertThat(stored).doesNotContain("FIXTURE-SECRET").doesNotContain("FIXTURE-PASSWORD");
  }

  @Test
  void aGivenSourceIdWins() {
    SyncOutcome outcome =
        importFile(Fixtures.path("keycloak", "realm-export.json"), "keycloak:prod-agents");

    assertThat(outcome.sourceId()).isEqualTo("keycloak:prod-agents");
    assertThat(cache.repository().identityDetail("keycloak:prod-agents:user/lena.vogel"))
        .isPresent();
  }

  @Test
  void aMalformedFileFailsNamingTheFile() throws IOException {
    Path file =
        Files.writeString(temp.resolve("broken.json"), "{\"realm\": \"agents\", \"users\": [");

    SyncOutcome outcome = importFile(file, null);

    assertThat(outcome.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outcome.error()).startsWith("keycloak-realm: " + file + ": malformed realm export:");
  }

  @Test
  void aFileThatIsNoRealmSaysSo() throws IOException {
    Path file = Files.writeString(temp.resolve("users.json"), "{\"users\": []}");

    SyncOutcome outcome = importFile(file, null);

    assertThat(outcome.error())
        .isEqualTo("keycloak-realm: " + file + ": not a realm export: it has no \"realm\" name");
  }
}
