package io.keyward.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.UsageSlice;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.scorecard.Estate;
import io.keyward.model.scorecard.EstateLoader;
import io.keyward.model.usage.GrantUse;
import io.keyward.model.usage.UsageAnalysis;
import io.keyward.model.usage.UsageStatus;
import io.keyward.model.usage.UseBasis;
import io.keyward.model.usage.UsedVsGranted;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's access events exercise some grants and not others, with evidence either way. */
class DemoUsageTest {
  static final Instant AS_OF = Instant.parse("2026-11-23T09:00:00Z");
  static Estate estate;
  static UsageAnalysis usage;
  @TempDir static Path dir;

  static Cache cache;

  @BeforeAll
  static void load() {
    cache = Cache.open(dir.resolve("demo.db"), Clock.fixed(AS_OF, ZoneOffset.UTC));
    DemoEstate.write(cache, DemoScale.DEMO, 42, AS_OF);
    estate = EstateLoader.load(cache);
    usage = estate.usage(UsageAnalysis.DEFAULT_DAYS);
  }

  @AfterAll
  static void close() {
    cache.close();
  }

  @Test
  void oneIdentitysSliceOfTheCacheJudgesAsTheWholeEstateDoes() {
    String group =
        estate.identitiesOf(io.keyward.model.domain.IdentityKind.GROUP).stream()
            .filter(g -> !estate.delegationsTo(g.id()).isEmpty())
            .findFirst()
            .orElseThrow()
            .id();
    for (String id :
        List.of(
            AwsAccountStory.PRICING_AGENT,
            AwsAccountStory.DATA_LAKE_READER,
            AwsAccountStory.CI_BOT,
            KeycloakRealmStory.SUPPORT_AGENT,
            group)) {
      UsageSlice slice = cache.repository().usageSlice(id).orElseThrow();
      UsedVsGranted sliced = UsageAnalysis.of(AS_OF, 90, slice).identity(id);
      assertThat(sliced).as(id).isEqualTo(usage.identity(id));
    }
    assertThat(cache.repository().usageSlice("nobody")).isEmpty();
  }

  static GrantUse use(String principal, String permission) {
    return usage.identity(principal).held().stream()
        .filter(g -> g.grant().permission().equals(permission))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void cloudTrailReadsExerciseTheDataLakeGrantThroughTheBucket() {
    GrantUse read = use(AwsAccountStory.DATA_LAKE_READER, "s3:GetObject");
    assertThat(read.status()).isEqualTo(UsageStatus.USED);
    assertThat(read.lastUse().basis()).isEqualTo(UseBasis.EVENT);
  }

  @Test
  void plantedUnusedGrantsCarryTheirEvidence() {
    GrantUse secret = use(AwsAccountStory.CI_BOT, "secretsmanager:GetSecretValue");
    assertThat(secret.status()).isEqualTo(UsageStatus.UNUSED);
    assertThat(secret.lastUse()).isNull();
    assertThat(secret.evidence())
        .isEqualTo("never used, as its source reports; never seen in events since 2026-07-26");

    GrantUse dynamo = use(AwsAccountStory.PRICING_AGENT, "dynamodb:*");
    assertThat(dynamo.status()).isEqualTo(UsageStatus.UNUSED);
    assertThat(dynamo.lastUse().basis()).isEqualTo(UseBasis.EVENT);
    assertThat(dynamo.evidence()).startsWith("last used 2026-07-26 (120 days ago), event ");

    assertThat(use(KeycloakRealmStory.SUPPORT_AGENT, "model-registry:publish").status())
        .isEqualTo(UsageStatus.UNUSED);
    assertThat(usage.unused()).hasSizeGreaterThan(100);
  }

  @Test
  void bulkAgentsAreSeenUsingTheirFirstGrantAndNotTheRest() {
    List<String> keycloakAgents =
        estate.identitiesOf(io.keyward.model.domain.IdentityKind.AGENT).stream()
            .filter(i -> i.sourceId().equals(DemoSources.KEYCLOAK.id()))
            .filter(i -> i.id().contains("-agent-"))
            .map(i -> i.id())
            .toList();
    assertThat(keycloakAgents).isNotEmpty();
    long seenUsing =
        keycloakAgents.stream()
            .map(usage::identity)
            .filter(
                v ->
                    v.held().stream()
                        .anyMatch(
                            g ->
                                g.lastUse() != null
                                    && g.lastUse().basis() == UseBasis.EVENT
                                    && g.status() == UsageStatus.USED))
            .count();
    assertThat(seenUsing).isGreaterThan(keycloakAgents.size() / 2);
  }

  @Test
  void deniedAttemptsAreActionsNoGrantExplains() {
    UsedVsGranted pricing = usage.identity(AwsAccountStory.PRICING_AGENT);
    assertThat(pricing.unexplained())
        .anySatisfy(
            a -> {
              assertThat(a.action()).isEqualTo("s3:GetObject");
              assertThat(a.denied()).isTrue();
            });
    assertThat(estate.events())
        .filteredOn(e -> e.type() == AccessEventType.ACCESS_DENIED)
        .isNotEmpty();
  }

  @Test
  void everyDemoSourceWithGrantsIsObservable() {
    assertThat(usage.grants()).noneMatch(g -> g.status() == UsageStatus.UNKNOWN);
  }
}
