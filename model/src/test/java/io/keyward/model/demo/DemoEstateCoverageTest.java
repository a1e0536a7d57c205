package io.keyward.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.domain.RunState;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoEstateCoverageTest {
  private static final String GUID =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
  private final CollectedEstate estate = CollectedEstate.demo(2026);

  /** Records validate at construction: generating is the check that every item is valid. */
  @ParameterizedTest
  @ValueSource(longs = {0, 1, -1, 42, Long.MIN_VALUE, Long.MAX_VALUE})
  void anySeedGeneratesOnlyValidItems(long seed) {
    assertThat(CollectedEstate.demo(seed).identities).hasSize(DemoScale.DEMO.identities());
  }

  @Test
  void everySourceKindIsConnectedAndEachSourceWrittenOnce() {
    assertThat(estate.sources.stream().map(Source::kind)).contains(SourceKind.values());
    assertThat(estate.sources.stream().map(Source::id)).doesNotHaveDuplicates();
  }

  @Test
  void everyKindOfEveryRecordIsPresent() {
    assertThat(distinct(estate.identities, Identity::kind)).contains(IdentityKind.values());
    assertThat(distinct(estate.credentials, Credential::kind)).contains(CredentialKind.values());
    assertThat(distinct(estate.delegations, Delegation::kind)).contains(DelegationKind.values());
    assertThat(distinct(estate.grants, Grant::origin)).contains(GrantOrigin.values());
    assertThat(distinct(estate.grants, Grant::privilege)).contains(Privilege.values());
    assertThat(distinct(estate.resources, Resource::kind)).contains(ResourceKind.values());
    assertThat(distinct(estate.lineage, LineageRecord::state)).contains(RunState.values());
    assertThat(distinct(estate.events, AccessEvent::type)).contains(AccessEventType.values());
    assertThat(estate.alerts).anyMatch(Alert::matched).anyMatch(a -> !a.matched());
  }

  @Test
  void everyItemBelongsToTheSourceItWasWrittenUnder() {
    Source current = null;
    for (Object item : estate.stream) {
      if (item instanceof Source source) {
        current = source;
      } else {
        assertThat(sourceOf(item)).as("%s", item).isEqualTo(current.id());
      }
    }
  }

  @Test
  void idsAreUniquePerType() {
    assertThat(estate.identities.stream().map(Identity::id)).doesNotHaveDuplicates();
    assertThat(estate.credentials.stream().map(Credential::id)).doesNotHaveDuplicates();
    assertThat(estate.grants.stream().map(Grant::id)).doesNotHaveDuplicates();
    assertThat(estate.delegations.stream().map(Delegation::id)).doesNotHaveDuplicates();
    assertThat(estate.resources.stream().map(Resource::id)).doesNotHaveDuplicates();
    assertThat(estate.lineage.stream().map(LineageRecord::id)).doesNotHaveDuplicates();
    assertThat(estate.events.stream().map(AccessEvent::id)).doesNotHaveDuplicates();
    assertThat(estate.alerts.stream().map(Alert::id)).doesNotHaveDuplicates();
  }

  @Test
  void everyReferenceResolves() {
    Set<String> identities = distinct(estate.identities, Identity::id);
    Set<String> credentials = distinct(estate.credentials, Credential::id);
    Set<String> resources = distinct(estate.resources, Resource::id);
    List<String> identityRefs = new ArrayList<>();
    estate.identities.forEach(i -> addIfPresent(identityRefs, i.ownerId()));
    estate.credentials.forEach(c -> identityRefs.add(c.identityId()));
    estate.grants.forEach(g -> identityRefs.add(g.principalId()));
    estate.grants.forEach(g -> addIfPresent(identityRefs, g.viaId()));
    estate.delegations.forEach(d -> identityRefs.addAll(List.of(d.fromId(), d.toId())));
    estate.lineage.forEach(l -> addIfPresent(identityRefs, l.identityId()));
    estate.events.forEach(e -> addIfPresent(identityRefs, e.identityId()));
    estate.alerts.forEach(a -> addIfPresent(identityRefs, a.identityId()));
    List<String> credentialRefs = new ArrayList<>();
    estate.events.forEach(e -> addIfPresent(credentialRefs, e.credentialId()));
    estate.alerts.forEach(a -> addIfPresent(credentialRefs, a.credentialId()));
    List<String> resourceRefs = new ArrayList<>();
    estate.lineage.forEach(l -> resourceRefs.addAll(l.inputIds()));
    estate.lineage.forEach(l -> resourceRefs.addAll(l.outputIds()));
    estate.resources.forEach(r -> addIfPresent(resourceRefs, r.parentId()));

    assertThat(identities).containsAll(identityRefs);
    assertThat(credentials).containsAll(credentialRefs);
    assertThat(resources).containsAll(resourceRefs);
  }

  @Test
  void grantsAndCredentialsStayInsideTheirSource() {
    var byId = estate.identitiesById();
    assertThat(estate.grants)
        .allMatch(g -> byId.get(g.principalId()).sourceId().equals(g.sourceId()));
    assertThat(estate.credentials)
        .allMatch(c -> byId.get(c.identityId()).sourceId().equals(c.sourceId()));
  }

  @Test
  void externalIdsLookLikeTheSourcesOwn() {
    for (Identity identity : estate.identities) {
      String expected =
          switch (identity.sourceId()) {
            case "aws:111122223333" -> "arn:aws:iam::111122223333:(user|role|group)/.+";
            case "entra:demo-corp", "keycloak:agents" -> GUID;
            case "gcp:demo-ml-prod" -> "1\\d{20}|principal://.+|.+@demo-corp\\.example";
            default -> ".+";
          };
      assertThat(identity.externalId()).as(identity.id()).matches(expected);
    }
    assertThat(estate.credentials)
        .filteredOn(c -> c.kind() == CredentialKind.ACCESS_KEY)
        .allSatisfy(c -> assertThat(c.externalId()).matches("AKIA[A-Z2-7]{16}"));
    assertThat(estate.credentials)
        .filteredOn(c -> c.kind() == CredentialKind.SERVICE_ACCOUNT_KEY)
        .allSatisfy(
            c -> assertThat(c.externalId()).matches("projects/demo-ml-prod/serviceAccounts/.+"));
    assertThat(estate.lineage)
        .filteredOn(l -> l.sourceId().equals(DemoSources.OPENLINEAGE.id()))
        .allSatisfy(l -> assertThat(l.runId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7.+"));
  }

  @Test
  void everyIdentityExplainsItsKindAndHumansSayTheirMfa() {
    assertThat(estate.identities).allMatch(i -> !i.classification().isBlank());
    assertThat(estate.identities)
        .filteredOn(i -> i.kind() == IdentityKind.HUMAN)
        .allSatisfy(i -> assertThat(i.tags()).containsKeys("team", "mfa"));
    assertThat(estate.identities.stream().map(Identity::classification))
        .contains(
            "Entra agentIdentity @odata.type",
            "name matches *-agent",
            "tag keyward:kind=agent",
            "client attribute keyward.kind=agent");
  }

  @Test
  void nothingHappensBeforeItsHolderExisted() {
    var byId = estate.identitiesById();
    assertThat(estate.credentials)
        .allSatisfy(
            c -> {
              assertThat(c.createdAt()).isAfterOrEqualTo(byId.get(c.identityId()).createdAt());
              if (c.lastUsedAt() != null) {
                assertThat(c.lastUsedAt()).isAfterOrEqualTo(c.createdAt());
              }
            });
    assertThat(estate.grants)
        .filteredOn(g -> g.lastUsedAt() != null)
        .allSatisfy(
            g ->
                assertThat(g.lastUsedAt()).isAfterOrEqualTo(byId.get(g.principalId()).createdAt()));
  }

  @Test
  void noCredentialIsUsedAfterItExpired() {
    assertThat(estate.credentials)
        .filteredOn(c -> c.lastUsedAt() != null && c.expiresAt() != null)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.lastUsedAt()).isBeforeOrEqualTo(c.expiresAt()));
  }

  @Test
  void classificationsSayWhatIsTrueOfTheIdentity() {
    assertThat(estate.identities)
        .filteredOn(i -> i.classification().startsWith("tag keyward:kind="))
        .isNotEmpty()
        .allMatch(i -> "agent".equals(i.tags().get("keyward:kind")));
    assertThat(estate.identities)
        .filteredOn(i -> i.classification().startsWith("name matches *-agent"))
        .isNotEmpty()
        .allMatch(i -> i.name().contains("-agent"));
    assertThat(estate.identities)
        .filteredOn(i -> i.classification().startsWith("client attribute keyward.kind="))
        .isNotEmpty()
        .allMatch(i -> "agent".equals(i.tags().get("keyward.kind")));
  }

  private static String sourceOf(Object item) {
    if (item instanceof Identity i) {
      return i.sourceId();
    } else if (item instanceof Credential c) {
      return c.sourceId();
    } else if (item instanceof Grant g) {
      return g.sourceId();
    } else if (item instanceof Delegation d) {
      return d.sourceId();
    } else if (item instanceof Resource r) {
      return r.sourceId();
    } else if (item instanceof LineageRecord l) {
      return l.sourceId();
    } else if (item instanceof AccessEvent e) {
      return e.sourceId();
    }
    return ((Alert) item).sourceId();
  }

  private static <T, K> Set<K> distinct(List<T> items, Function<T, K> id) {
    Set<K> out = new HashSet<>();
    items.forEach(item -> out.add(id.apply(item)));
    return out;
  }

  private static void addIfPresent(List<String> refs, String ref) {
    if (ref != null) {
      refs.add(ref);
    }
  }
}
