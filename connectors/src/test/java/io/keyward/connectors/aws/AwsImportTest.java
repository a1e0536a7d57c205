package io.keyward.connectors.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.CredentialFilter;
import io.keyward.model.cache.EstateStats;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.SyncStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsImportTest {
  @TempDir Path temp;
  private Cache cache;
  private final FileImport authz = importNamed("aws-authz");
  private final FileImport report = importNamed("aws-credential-report");

  private static FileImport importNamed(String name) {
    return new AwsConnector()
        .imports().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
  }

  @BeforeEach
  void open() {
    cache = Cache.open(temp.resolve("cache.db"));
  }

  @AfterEach
  void close() {
    cache.close();
  }

  private SyncOutcome run(FileImport format, Path file, @Nullable String sourceId) {
    return new SyncEngine(cache)
        .importFile(format, file, sourceId, SyncListener.SILENT, new Cancellation());
  }

  @Test
  void theConnectorAndItsImportsAreDiscovered() {
    Connectors connectors = Connectors.discover();
    assertThat(connectors.forCliName("aws")).get().isInstanceOf(AwsConnector.class);
    assertThat(connectors.importNamed("aws-authz")).isPresent();
    assertThat(connectors.importNamed("aws-credential-report")).isPresent();
  }

  @Test
  void importsTheCliOutputUnderTheAccountReadFromTheArns() {
    SyncOutcome outcome =
        run(authz, Fixtures.path("aws", "get-account-authorization-details.json"), null);

    assertThat(outcome.status()).as(outcome.error()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(outcome.sourceId()).isEqualTo("aws:123456789012");
    EstateStats stats = cache.repository().stats();
    assertThat(stats.identities()).isEqualTo(18);
    assertThat(stats.identitiesByKind())
        .containsEntry(IdentityKind.GROUP, 3L)
        .containsEntry(IdentityKind.AGENT, 3L)
        .containsEntry(IdentityKind.HUMAN, 2L)
        .containsEntry(IdentityKind.SERVICE_ACCOUNT, 2L)
        .containsEntry(IdentityKind.WORKLOAD, 3L)
        .containsEntry(IdentityKind.ROLE, 5L);
    assertThat(stats.grants()).isEqualTo(63);
    assertThat(stats.delegations()).isEqualTo(16);
    assertThat(stats.credentials()).isZero();
    assertThat(cache.repository().sources())
        .anySatisfy(s -> assertThat(s.location()).isEqualTo("account 123456789012"));
  }

  @Test
  void pagedOutputWithUrlEncodedDocumentsReadsTheSameAsOneObject() {
    run(authz, Fixtures.path("aws", "get-account-authorization-details.json"), "aws:one");
    run(authz, Fixtures.path("aws", "get-account-authorization-details-paged.json"), "aws:paged");

    Map<String, Long> bySource = cache.repository().stats().identitiesBySource();
    assertThat(bySource).containsEntry("aws:one", 18L).containsEntry("aws:paged", 18L);
    assertThat(cache.repository().stats().grants()).isEqualTo(126);
  }

  @Test
  void aFileThatIsNotTheCliOutputFailsNamingTheFileAndLine() throws IOException {
    Path broken = Files.writeString(temp.resolve("authz.json"), "{\"UserDetailList\": {\"x\": 1}}");

    SyncOutcome outcome = run(authz, broken, null);

    assertThat(outcome.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outcome.error())
        .isEqualTo("aws-authz: " + broken + ": line 1: UserDetailList is not a list");
  }

  @Test
  void theCredentialReportNeedsTheUsersOfAwsAuthzFirst() {
    SyncOutcome outcome = run(report, Fixtures.path("aws", "credential-report.csv"), null);

    assertThat(outcome.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outcome.error())
        .startsWith("aws:123456789012:credential-report: ")
        .contains(
            "(user alice.nguyen): 6 user(s) of the report are not in the cache under"
                + " aws:123456789012")
        .endsWith("import aws-authz first, from the same day as the report");
    assertThat(cache.repository().stats().credentials()).isZero();
  }

  @Test
  void theCredentialReportAddsKeySlotsToTheImportedUsersInItsOwnSource() {
    run(authz, Fixtures.path("aws", "get-account-authorization-details.json"), null);

    SyncOutcome outcome = run(report, Fixtures.path("aws", "credential-report.csv"), null);

    assertThat(outcome.status()).as(outcome.error()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(outcome.sourceId()).isEqualTo("aws:123456789012:credential-report");
    assertThat(cache.repository().stats().credentials()).isEqualTo(7);
    assertThat(cache.repository().stats().identitiesBySource())
        .containsEntry("aws:123456789012", 18L)
        .containsEntry("aws:123456789012:credential-report", 1L);
    Credential inactive = credential("aws:123456789012:credential-report:user/ci-bot/key-2");
    assertThat(inactive.identityId()).isEqualTo("aws:123456789012:user/ci-bot");
    assertThat(inactive.active()).isFalse();
    assertThat(inactive.createdAt()).hasToString("2026-06-01T08:00:00Z");
    assertThat(inactive.displayName()).isEqualTo("ci-bot key 2");
    Credential certificate =
        credential("aws:123456789012:credential-report:user/legacy-backup/certificate-1");
    assertThat(certificate.kind()).isEqualTo(CredentialKind.CERTIFICATE);
    Credential rootKey = credential("aws:123456789012:credential-report:root/key-1");
    assertThat(rootKey.identityId()).isEqualTo("aws:123456789012:credential-report:root");
    assertThat(rootKey.lastUsedAt()).hasToString("2026-09-30T12:00:00Z");

    // Importing aws-authz again leaves the report's source alone.
    run(authz, Fixtures.path("aws", "get-account-authorization-details.json"), null);
    assertThat(cache.repository().stats().credentials()).isEqualTo(7);
  }

  private Credential credential(String id) {
    return cache.repository().credentials(CredentialFilter.ALL, 100).items().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no credential " + id));
  }
}
