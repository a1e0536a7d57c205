package io.keyward.connectors.huggingface;

import static io.keyward.connectors.testing.RoutedApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.connectors.testing.LoopbackSource;
import io.keyward.connectors.testing.RoutedApi;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.cache.CredentialFilter;
import io.keyward.model.cache.GrantFilter;
import io.keyward.model.cache.IdentityFilter;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Syncs an organisation over loopback HTTP into a real SQLite source.cache(). */
class HuggingFaceSyncTest {
  private static final String SOURCE = "hf:demo-corp-ml";
  private static final String ORG = "demo-corp-ml";
  private static final Map<String, String> TOKEN = Map.of("HF_TOKEN", "hf_test_token");

  @TempDir Path dir;
  private final RoutedApi api = new RoutedApi();

  @RegisterExtension final LoopbackSource source = new LoopbackSource(api);

  private final TestEnvironments environments = new TestEnvironments();
  private final HuggingFaceConnector connector = new HuggingFaceConnector(2);

  private static MockResponse fixture(String file) {
    return json(200, Fixtures.text("huggingface", file));
  }

  private static MockResponse page(String file, String next) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .addHeader("Link", "<" + next + ">; rel=\"next\"")
        .body(Fixtures.text("huggingface", file))
        .build();
  }

  private void serveOrg() {
    api.always("GET /api/whoami-v2", fixture("whoami-v2.json"));
    api.always(
        "GET /api/organizations/" + ORG + "/members",
        page(
            "members-1.json",
            source.url("/api/organizations/" + ORG + "/members?cursor=Mg").toString()));
    api.always("GET /api/organizations/" + ORG + "/members?cursor=Mg", fixture("members-2.json"));
    // A relative next link, resolved against the request as the Hub's clients do.
    api.always(
        "GET /api/models?author=" + ORG + "&limit=2&full=true",
        page("models-1.json", "/api/models?author=" + ORG + "&limit=2&full=true&cursor=eyJ9"));
    api.always(
        "GET /api/models?author=" + ORG + "&limit=2&full=true&cursor=eyJ9",
        fixture("models-2.json"));
    api.always("GET /api/datasets?author=" + ORG + "&limit=2&full=true", fixture("datasets.json"));
  }

  private SourceProfile profile() {
    return new SourceProfile(
        SOURCE,
        SourceKind.HUGGING_FACE,
        "Hugging Face " + ORG,
        Map.of("organization", ORG, "url", source.baseUrl()));
  }

  private SourceConnection connect(Map<String, String> variables) {
    return connector.connect(profile(), environments.with(variables, dir));
  }

  private SyncOutcome sync() {
    return new SyncEngine(source.cache())
        .sync(connector.source(profile()), connect(TOKEN), SyncListener.SILENT, new Cancellation());
  }

  private Map<String, Identity> identities() {
    return source.cache().repository().identities(IdentityFilter.ALL, 100).items().stream()
        .collect(Collectors.toMap(Identity::name, Function.identity()));
  }

  private List<Grant> grants() {
    return source.cache().repository().grants(GrantFilter.ALL, 100).items();
  }

  @Test
  void syncsMembersTokenAndReposAcrossLinkPages() {
    serveOrg();

    SyncOutcome outcome = sync();

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(identities())
        .containsOnlyKeys("marco-rossi", "grace-lin", "nightly-publisher", "intern-2026");
    assertThat(identities().get("marco-rossi").email()).isEqualTo("marco.rossi@demo-corp.example");
    assertThat(source.cache().repository().lineage().resources())
        .extracting(Resource::id)
        .containsExactly(
            SOURCE + ":model/" + ORG + "/support-summarizer-7b",
            SOURCE + ":model/" + ORG + "/fraud-features-encoder",
            SOURCE + ":model/" + ORG + "/public-tokenizer",
            SOURCE + ":dataset/" + ORG + "/support-tickets-redacted");
    assertThat(source.cache().repository().lineage().resources())
        .filteredOn(Resource::sensitive)
        .extracting(Resource::name)
        .containsExactly(
            "support-summarizer-7b", "fraud-features-encoder", "support-tickets-redacted");
    assertThat(api.requests())
        .allMatch(r -> "Bearer hf_test_token".equals(r.getHeaders().get("Authorization")));
  }

  @Test
  void theTokenIsACredentialWithItsFineGrainedScopes() {
    serveOrg();
    sync();

    Credential token =
        source.cache().repository().credentials(CredentialFilter.ALL, 10).items().get(0);
    assertThat(token.id()).isEqualTo(SOURCE + ":user/marco-rossi/token/ci-publish");
    assertThat(token.displayName()).isEqualTo("ci-publish (fineGrained)");
    assertThat(token.createdAt()).isEqualTo(Instant.parse("2026-04-27T09:12:44.123Z"));
    assertThat(token.isStatic()).isTrue();
    assertThat(token.scopes())
        .containsExactly(
            "discussion.write",
            "org:demo-corp-ml:repo.content.read",
            "org:demo-corp-ml:repo.write",
            "model:demo-corp-ml/support-summarizer-7b:repo.write",
            "org:other-org:repo.write");
  }

  @Test
  void orgRolesAndTokenPermissionsBecomeGrantsOnThisOrgOnly() {
    serveOrg();
    sync();
    String org = source.url("/").newBuilder().addPathSegment(ORG).build().toString();

    Map<String, Privilege> roles =
        grants().stream()
            .filter(g -> g.permission().startsWith("org:"))
            .collect(
                Collectors.toMap(
                    g -> g.principalId().substring(SOURCE.length() + 6), Grant::privilege));
    assertThat(roles)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "marco-rossi",
                Privilege.WRITE,
                "grace-lin",
                Privilege.ADMIN,
                "nightly-publisher",
                Privilege.WRITE));
    assertThat(grants())
        .filteredOn(g -> g.condition() != null)
        .extracting(Grant::permission, Grant::resource, Grant::privilege)
        .containsExactlyInAnyOrder(
            tuple("repo.content.read", org, Privilege.READ),
            tuple("repo.write", org, Privilege.WRITE),
            tuple(
                "repo.write",
                SOURCE + ":model/" + ORG + "/support-summarizer-7b",
                Privilege.WRITE));
    assertThat(grants())
        .allMatch(g -> g.resource().startsWith(org) || g.resource().startsWith(SOURCE));
  }

  @Test
  void throttlingIsWaitedOutAndARefusedTokenFailsTheSyncLeavingTheCache() {
    serveOrg();
    api.once(
        "GET /api/datasets",
        new MockResponse.Builder().code(429).addHeader("Retry-After", "2").body("").build());
    assertThat(sync().status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(environments.waits()).containsExactly(Duration.ofSeconds(2));

    api.always(
        "GET /api/whoami-v2", json(401, Fixtures.text("huggingface", "error-unauthorized.json")));
    SyncOutcome refused = sync();

    assertThat(refused.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(refused.error())
        .contains("HTTP 401: Invalid credentials in Authorization header")
        .contains("HF_TOKEN");
    assertThat(identities()).hasSize(4);
  }

  @Test
  void anOrganisationTheTokenCannotSeeAnswers404AndSaysSo() {
    api.always("GET /api/whoami-v2", fixture("whoami-v2.json"));
    api.always(
        "GET /api/organizations/" + ORG + "/members",
        new MockResponse.Builder()
            .code(404)
            .addHeader("X-Error-Code", "RepoNotFound")
            .body("{\"error\":\"Organization not found\"}")
            .build());

    SyncOutcome outcome = sync();

    assertThat(outcome.error())
        .contains("HTTP 404 RepoNotFound: Organization not found")
        .contains("private and not visible to this token");
  }

  @Test
  void testSaysWhoTheTokenBelongsTo() {
    serveOrg();
    assertThat(connect(TOKEN).test())
        .isEqualTo("Hugging Face at " + source.url("/") + " as marco-rossi, reading " + ORG);
    assertThatThrownBy(() -> connect(Map.of())).hasMessageContaining("HF_TOKEN");
  }

  @Test
  void aNextLinkPointingBackEndsTheSync() {
    serveOrg();
    api.always(
        "GET /api/datasets?author=" + ORG + "&limit=2&full=true",
        page("datasets.json", "/api/datasets?author=" + ORG + "&limit=2&full=true"));

    assertThat(sync().error()).contains("the next link points back");
  }
}
