package io.keyward.connectors.gcp;

import static io.keyward.connectors.gcp.GoogleApiFake.PROJECT;
import static io.keyward.connectors.gcp.GoogleApiFake.email;
import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.GrantFilter;
import io.keyward.model.cache.IdentityFilter;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SyncStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcpImportTest {
  private static final String ACCOUNTS = "gcp:" + PROJECT;
  private static final String POLICY = "gcp:" + PROJECT + ":iam-policy";

  @TempDir Path dir;
  private Cache cache;
  private final FileImport accounts = new ServiceAccountsImport();
  private final FileImport policy = new IamPolicyImport();

  @BeforeEach
  void open() {
    cache = Cache.open(dir.resolve("cache.db"));
  }

  @AfterEach
  void close() {
    cache.close();
  }

  private SyncOutcome load(FileImport format, Path file, @Nullable String sourceId) {
    return new SyncEngine(cache)
        .importFile(format, file, sourceId, SyncListener.SILENT, new Cancellation());
  }

  private SyncOutcome load(FileImport format, String fixture) {
    return load(format, Fixtures.path("gcp", fixture), null);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private Map<String, Identity> identities(String sourceId) {
    return cache
        .repository()
        .identities(IdentityFilter.ALL.withSource(sourceId), 100)
        .items()
        .stream()
        .collect(Collectors.toMap(Identity::id, Function.identity()));
  }

  @Test
  void gcloudsBareArrayOfAccountsLoadsUnderTheProjectItNames() {
    SyncOutcome outcome = load(accounts, "gcloud-service-accounts-list.json");

    assertThat(outcome.error()).isNull();
    assertThat(outcome.sourceId()).isEqualTo(ACCOUNTS);
    assertThat(outcome.itemsLoaded()).isEqualTo(3);
    Map<String, Identity> loaded = identities(ACCOUNTS);
    Identity labeling = loaded.get(ACCOUNTS + ":sa/" + email("labeling-agent"));
    assertThat(labeling.kind()).isEqualTo(IdentityKind.AGENT);
    assertThat(labeling.status()).isEqualTo(IdentityStatus.DISABLED);
    assertThat(loaded.get(ACCOUNTS + ":sa/" + email("eval-agent")).status())
        .isEqualTo(IdentityStatus.ENABLED);
    assertThat(cache.repository().sources())
        .extracting(Source::location)
        .containsExactly("projects/" + PROJECT);
  }

  @Test
  void theRestListReplyLoadsToo() {
    SyncOutcome outcome = load(accounts, "serviceAccounts-page2.json");

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(identities(ACCOUNTS)).hasSize(2);
  }

  @Test
  void theProjectPolicyReferencesTheImportedAccountsAndKeepsItsOwnSource() {
    load(accounts, "gcloud-service-accounts-list.json");

    SyncOutcome outcome = load(policy, "gcloud-get-iam-policy.json");

    assertThat(outcome.error()).isNull();
    assertThat(outcome.sourceId()).isEqualTo(POLICY);
    // ana, the ml-platform group and the Vertex AI service agent are new; the rest exist already
    assertThat(identities(POLICY)).hasSize(3);
    assertThat(identities(ACCOUNTS)).hasSize(3);
    List<Grant> grants = cache.repository().grants(GrantFilter.ALL.withSource(POLICY), 100).items();
    assertThat(grants).hasSize(5);
    Grant trainer =
        grants.stream()
            .filter(g -> g.permission().equals("roles/bigquery.dataViewer"))
            .findFirst()
            .orElseThrow();
    assertThat(trainer.principalId()).isEqualTo(ACCOUNTS + ":sa/" + email("trainer"));
    assertThat(trainer.condition())
        .isEqualTo("until-2027: request.time < timestamp('2027-01-01T00:00:00Z')");

    // importing the accounts again does not wipe the policy's grants
    load(accounts, "gcloud-service-accounts-list.json");
    assertThat(cache.repository().grants(GrantFilter.ALL.withSource(POLICY), 100).items())
        .hasSize(5);
  }

  @Test
  void thePolicyBeforeTheAccountsSaysWhichImportComesFirst() {
    SyncOutcome outcome = load(policy, "gcloud-get-iam-policy.json");

    assertThat(outcome.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outcome.error())
        .isEqualTo(
            "gcp-iam-policy: "
                + Fixtures.path("gcp", "gcloud-get-iam-policy.json")
                + ": the policy binds service accounts of project "
                + PROJECT
                + " that the cache does not hold ("
                + email("eval-agent")
                + ", "
                + email("trainer")
                + "); import gcp-service-accounts for project "
                + PROJECT
                + " first");
  }

  @Test
  void aPolicyThatDoesNotTellItsProjectNeedsASourceId() throws IOException {
    Path file =
        write(
            "policy.json",
            "{\"bindings\":[{\"role\":\"roles/viewer\",\"members\":[\"user:ana@example.com\"]}],"
                + "\"etag\":\"BwY=\",\"version\":1}");

    SyncOutcome unnamed = load(policy, file, null);
    SyncOutcome named = load(policy, file, "gcp:ml-prod-4711:iam-policy");

    assertThat(unnamed.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(unnamed.error())
        .endsWith(
            "the policy does not name its project and its service accounts do not tell it;"
                + " give --source-id gcp:PROJECT:iam-policy");
    assertThat(named.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(identities(POLICY)).containsOnlyKeys(POLICY + ":user/ana@example.com");
  }

  @Test
  void aFileOfTheWrongShapeIsNamed() throws IOException {
    Path list = Fixtures.path("gcp", "gcloud-service-accounts-list.json");
    Path broken = write("accounts.json", "[{\"email\": ");

    SyncOutcome wrongFormat = load(policy, list, null);
    SyncOutcome notJson = load(accounts, broken, null);

    assertThat(wrongFormat.error())
        .isEqualTo("gcp-iam-policy: " + list + ": not an IAM policy (no bindings or etag)");
    assertThat(notJson.error()).startsWith("gcp-service-accounts: " + broken + ": malformed reply");
  }

  @Test
  void accountsOfSeveralProjectsNeedASourceId() throws IOException {
    Path file =
        write(
            "mixed.json",
            "[{\"email\":\"a@p-one.iam.gserviceaccount.com\",\"projectId\":\"p-one\"},"
                + "{\"email\":\"b@p-two.iam.gserviceaccount.com\",\"projectId\":\"p-two\"}]");

    assertThat(load(accounts, file, null).error())
        .endsWith(
            "the accounts belong to several projects [p-one, p-two]; give --source-id gcp:PROJECT");
    assertThat(load(accounts, file, "gcp:p-one").status()).isEqualTo(SyncStatus.COMPLETED);
  }
}
