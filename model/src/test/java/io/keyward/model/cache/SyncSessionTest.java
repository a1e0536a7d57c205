package io.keyward.model.cache;

import static io.keyward.model.cache.SmallEstate.AWS;
import static io.keyward.model.cache.SmallEstate.FEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.model.domain.Grant;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.SyncRun;
import io.keyward.model.domain.SyncStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncSessionTest {
  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void loadSmallEstate() {
    file = dir.resolve("cache.db");
    try (Cache cache = Cache.open(file, SmallEstate.CLOCK)) {
      SmallEstate.load(cache);
    }
  }

  @Test
  void aCompletedRunRemovesOnlyWhatThatSourceNoLongerHas() {
    try (Cache cache = Cache.open(file, SmallEstate.CLOCK)) {
      long removed;
      try (SyncSession s = cache.beginSync(AWS)) {
        s.add(SmallEstate.identity("alice", IdentityKind.HUMAN, null, 400, IdentityStatus.ENABLED));
        s.add(
            SmallEstate.identity(
                "agent-a", IdentityKind.AGENT, "alice", 200, IdentityStatus.ENABLED));
        s.add(SmallEstate.key("old-key", "agent-a", 120, null));
        removed = s.complete();
      }
      EstateStats stats = cache.repository().stats();
      assertThat(stats.identities()).isEqualTo(2);
      assertThat(stats.credentials()).isEqualTo(1);
      assertThat(stats.grants()).isZero();
      assertThat(stats.delegations()).isZero();
      assertThat(stats.alerts()).as("the feed's alerts belong to another source").isEqualTo(3);
      // bob, agent-b, role-x, short-key, g1..g3, d1, d2
      assertThat(removed).isEqualTo(9);
      SyncRun run = cache.repository().syncRuns().get(0);
      assertThat(run.status()).isEqualTo(SyncStatus.COMPLETED);
      assertThat(run.itemsLoaded()).isEqualTo(3);
      assertThat(run.itemsRemoved()).isEqualTo(9);
    }
  }

  @Test
  void aGrantAppearingInALaterRunIsAnAdditionBetweenTheTwoRunsAndStaysOne() {
    Instant second = SmallEstate.NOW.plus(Duration.ofDays(1));
    Instant third = second.plus(Duration.ofDays(1));
    syncAwsAt(second, SmallEstate.grant("g4", "agent-a", "*", "*", Privilege.ADMIN, null));
    syncAwsAt(third, SmallEstate.grant("g4", "agent-a", "*", "*", Privilege.ADMIN, null));

    try (Cache cache = Cache.open(file, SmallEstate.CLOCK)) {
      assertThat(cache.repository().grantAdditions("agent-a"))
          .singleElement()
          .satisfies(
              added -> {
                assertThat(added.grant().id()).isEqualTo("g4");
                assertThat(added.notBefore()).isEqualTo(SmallEstate.NOW);
                assertThat(added.seenAt()).isEqualTo(second);
              });
      assertThat(cache.repository().grantAdditions("agent-b"))
          .as("a grant there since the source's first sync was not added")
          .isEmpty();
      assertThat(cache.repository().grants(GrantFilter.ALL.withAddedOnly(true), 100).items())
          .extracting(Grant::id)
          .containsExactly("g4");
    }
  }

  /** Syncs the estate's AWS items plus {@code extra} with the clock at {@code at}. */
  private void syncAwsAt(Instant at, Grant extra) {
    try (Cache cache = Cache.open(file, Clock.fixed(at, ZoneOffset.UTC));
        SyncSession s = cache.beginSync(AWS)) {
      SmallEstate.addAws(s);
      s.add(extra);
      s.complete();
    }
  }

  @Test
  void aRunThatFailsMidLoadChangesNothing() {
    try (Cache cache = Cache.open(file, SmallEstate.CLOCK)) {
      EstateStats before = cache.repository().stats();
      assertThatThrownBy(
              () -> {
                try (SyncSession s = cache.beginSync(AWS)) {
                  s.add(
                      SmallEstate.identity(
                          "newcomer", IdentityKind.AGENT, null, 1, IdentityStatus.ENABLED));
                  s.add(SmallEstate.grant("g9", "newcomer", "s3:*", "*", Privilege.ADMIN, null));
                  throw new IllegalStateException("connection reset while reading page 2");
                }
              })
          .hasMessageContaining("page 2");

      EstateStats after = cache.repository().stats();
      assertThat(after.identitiesByKind()).isEqualTo(before.identitiesByKind());
      assertThat(after.grants()).isEqualTo(before.grants());
      assertThat(after.syncRuns()).isEqualTo(before.syncRuns() + 1);
      SyncRun run = cache.repository().syncRuns().get(0);
      assertThat(run.status()).isEqualTo(SyncStatus.INTERRUPTED);
      assertThat(run.itemsLoaded()).isZero();
    }
  }

  @Test
  void aFailedRunKeepsItsReason() {
    try (Cache cache = Cache.open(file, SmallEstate.CLOCK)) {
      try (SyncSession s = cache.beginSync(AWS)) {
        s.fail("AWS IAM ListUsers: 403 AccessDenied");
      }
      SyncRun run = cache.repository().syncRuns().get(0);
      assertThat(run.status()).isEqualTo(SyncStatus.FAILED);
      assertThat(run.error()).isEqualTo("AWS IAM ListUsers: 403 AccessDenied");
      assertThat(cache.repository().stats().identities()).isEqualTo(5);
    }
  }

  @Test
  void aDanglingReferenceFailsTheRunNamingTheItem() {
    try (Cache cache = Cache.open(file, SmallEstate.CLOCK)) {
      EstateStats before = cache.repository().stats();
      assertThatThrownBy(
              () -> {
                try (SyncSession s = cache.beginSync(AWS)) {
                  s.add(SmallEstate.key("orphan-key", "nobody", 3, null));
                  s.complete();
                }
              })
          .isInstanceOf(CacheException.class)
          .hasMessageContaining("credentials orphan-key");
      assertThat(cache.repository().stats().identities()).isEqualTo(before.identities());
      assertThat(cache.repository().syncRuns().get(0).status()).isEqualTo(SyncStatus.FAILED);
    }
  }

  @Test
  void rejectsAnItemOfAnotherSource() {
    try (Cache cache = Cache.open(file, SmallEstate.CLOCK);
        SyncSession s = cache.beginSync(FEED)) {
      assertThatThrownBy(
              () ->
                  s.add(
                      SmallEstate.identity(
                          "x", IdentityKind.AGENT, null, 1, IdentityStatus.ENABLED)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("belongs to source aws, not ocsf");
    }
  }

  @Test
  void aProcessThatStopsMidRunLeavesTheCacheAsItWas() {
    Cache cache = Cache.open(file, SmallEstate.CLOCK);
    SyncSession abandoned = cache.beginSync(AWS);
    abandoned.add(
        SmallEstate.identity("ghost", IdentityKind.AGENT, null, 1, IdentityStatus.ENABLED));
    cache.close(); // the session is never closed, as when the process is killed

    try (Cache reopened = Cache.open(file, SmallEstate.CLOCK)) {
      assertThat(reopened.repository().stats().identities()).isEqualTo(5);
      assertThat(reopened.repository().identities(IdentityFilter.ALL.withText("ghost"), 10).total())
          .isZero();
      assertThat(reopened.repository().syncRuns().get(0).status())
          .isEqualTo(SyncStatus.INTERRUPTED);
    }
  }

  @Test
  void onlyOneRunAtATime() {
    try (Cache cache = Cache.open(file, SmallEstate.CLOCK);
        SyncSession first = cache.beginSync(AWS)) {
      assertThatThrownBy(() -> cache.beginSync(FEED)).isInstanceOf(IllegalStateException.class);
    }
  }
}
