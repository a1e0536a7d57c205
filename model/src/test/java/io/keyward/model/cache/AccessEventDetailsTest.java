package io.keyward.model.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Issuance;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An access event's error code and issuance survive the cache. */
class AccessEventDetailsTest {
  private static final Source TRAIL =
      new Source("trail", SourceKind.CLOUDTRAIL, "CloudTrail", "/logs");

  @TempDir Path dir;

  @Test
  void keepsIssuanceAndErrorCode() {
    AccessEvent issued =
        new AccessEvent(
            "trail:e1",
            TRAIL.id(),
            SmallEstate.NOW.minusSeconds(60),
            AccessEventType.CREDENTIAL_ISSUED,
            "aws:user/agent-a",
            null,
            "sts:AssumeRole",
            "arn:aws:iam::111122223333:role/Reader",
            "10.0.0.1",
            "us-east-1",
            null,
            new Issuance(
                "sts.amazonaws.com",
                "arn:aws:iam::111122223333:user/agent-a",
                "aws:role/Reader",
                "run-42",
                Duration.ofMinutes(15),
                "alice",
                "ASIAEXAMPLEEXAMPLE01"));
    AccessEvent denied =
        new AccessEvent(
            "trail:e2",
            TRAIL.id(),
            SmallEstate.NOW,
            AccessEventType.ACCESS_DENIED,
            null,
            null,
            "s3:GetObject",
            null,
            null,
            null,
            "AccessDenied",
            null);
    try (Cache cache = Cache.open(dir.resolve("c.db"), SmallEstate.CLOCK)) {
      try (SyncSession s = cache.beginSync(TRAIL)) {
        s.add(issued);
        s.add(denied);
        s.complete();
      }
      List<AccessEvent> read = cache.repository().accessEventsAbout("aws:user/agent-a", List.of());
      assertThat(read).containsExactly(issued);
      List<AccessEvent> all = new ArrayList<>();
      cache.repository().readEstate(new CollectingSink(all));
      assertThat(all).containsExactlyInAnyOrder(issued, denied);
    }
  }

  private record CollectingSink(List<AccessEvent> events) implements EstateSink {
    @Override
    public void add(Identity item) {}

    @Override
    public void add(Credential item) {}

    @Override
    public void add(Grant item) {}

    @Override
    public void add(Delegation item) {}

    @Override
    public void add(Resource item) {}

    @Override
    public void add(LineageRecord item) {}

    @Override
    public void add(AccessEvent item) {
      events.add(item);
    }

    @Override
    public void add(Alert item) {}
  }
}
