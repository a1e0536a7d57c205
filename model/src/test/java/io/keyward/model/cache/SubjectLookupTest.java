package io.keyward.model.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.Alert;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Severity;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lookups alert imports match subjects with, and the alert filters the Alerts page adds. */
class SubjectLookupTest {
  private static final Source ENTRA = new Source("entra", SourceKind.ENTRA_ID, "Entra", "t");

  @TempDir Path dir;
  private Cache cache;
  private EstateRepository repo;

  @BeforeEach
  void open() {
    cache = Cache.open(dir.resolve("cache.db"), SmallEstate.CLOCK);
    SmallEstate.load(cache);
    try (SyncSession s = cache.beginSync(ENTRA)) {
      s.add(
          new Identity(
              "entra:user/erin",
              ENTRA.id(),
              "5f1c2d3e-0000-4c7d-9e0f-1a2b3c4d5e6f",
              IdentityKind.HUMAN,
              "Erin Walsh",
              "Erin.Walsh@Demo-Corp.example",
              IdentityStatus.ENABLED,
              null,
              null,
              "member user",
              Map.of()));
      s.complete();
    }
    repo = cache.repository();
  }

  @AfterEach
  void close() {
    cache.close();
  }

  @Test
  void findsIdentitiesByExternalIdEmailAndName() {
    assertThat(repo.identitiesByExternalId("ext-agent-a"))
        .extracting(Identity::id)
        .containsExactly("agent-a");
    assertThat(repo.identitiesByExternalId("5f1c2d3e-0000-4c7d-9e0f-1a2b3c4d5e6f"))
        .extracting(Identity::id)
        .containsExactly("entra:user/erin");
    assertThat(repo.identitiesByEmail(" erin.walsh@demo-corp.EXAMPLE "))
        .extracting(Identity::id)
        .containsExactly("entra:user/erin");
    assertThat(repo.identitiesByName("role-x")).extracting(Identity::id).containsExactly("role-x");
    assertThat(repo.identitiesByName("ROLE-X")).isEmpty();
    assertThat(repo.identitiesByExternalId("nobody")).isEmpty();
  }

  @Test
  void findsCredentialsByKeyIdAndReadsSingleItems() {
    assertThat(repo.credentialsByExternalId("AKIAold-key"))
        .extracting(Credential::id)
        .containsExactly("old-key");
    assertThat(repo.credential("short-key")).map(Credential::identityId).contains("agent-a");
    assertThat(repo.identity("bob")).map(Identity::status).contains(IdentityStatus.DISABLED);
    assertThat(repo.alert("al-2")).map(Alert::credentialId).contains("old-key");
    assertThat(repo.credential("nope")).isEmpty();
    assertThat(repo.credentialsOf("agent-a"))
        .extracting(Credential::id)
        .containsExactly("old-key", "short-key");
  }

  @Test
  void aCredentialOnlyAlertIsNamedAndSearchedByItsHolder() {
    Page<Alert> page = repo.alerts(AlertFilter.ALL.withText("agent-a"), 10);

    assertThat(page.items()).extracting(Alert::id).containsExactlyInAnyOrder("al-1", "al-2");
    assertThat(page.nameOf("old-key")).isEqualTo("agent-a");
    assertThat(
            repo.alerts(AlertFilter.ALL, Sort.ascending(AlertSort.IDENTITY), 10).items().stream()
                .map(Alert::id))
        .containsExactly("al-3", "al-1", "al-2");
  }

  @Test
  void filtersAlertsByTypeAndAge() {
    try (SyncSession s = cache.beginSync(SmallEstate.FEED)) {
      s.add(SmallEstate.alert("al-1", "agent-a", null, Severity.HIGH, AlertStatus.OPEN));
      s.add(
          new Alert(
              "al-new",
              SmallEstate.FEED.id(),
              "kw-new",
              SmallEstate.NOW.minus(Duration.ofHours(2)),
              Severity.MEDIUM,
              "https://schemas.openid.net/secevent/caep/event-type/session-revoked",
              "Session revoked",
              "alice",
              null,
              AlertStatus.OPEN,
              "{}"));
      s.complete();
    }

    assertThat(repo.alertTypes())
        .containsExactly(
            "Discovery:IAMUser/AnomalousBehavior",
            "https://schemas.openid.net/secevent/caep/event-type/session-revoked");
    assertThat(repo.alerts(AlertFilter.ALL.withinHours(12), 10).items())
        .extracting(Alert::id)
        .containsExactly("al-new");
    assertThat(repo.alerts(AlertFilter.ALL.withinHours(48), 10).total()).isEqualTo(2);
    assertThat(
            repo.alerts(AlertFilter.ALL.withType("Discovery:IAMUser/AnomalousBehavior"), 10)
                .items())
        .extracting(Alert::id)
        .containsExactly("al-1");
  }
}
