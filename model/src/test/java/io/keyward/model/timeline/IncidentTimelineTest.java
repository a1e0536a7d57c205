package io.keyward.model.timeline;

import static io.keyward.model.timeline.IncidentEstate.NEW_KEY;
import static io.keyward.model.timeline.IncidentEstate.NOW;
import static io.keyward.model.timeline.IncidentEstate.OLD_KEY;
import static io.keyward.model.timeline.IncidentEstate.SESSION;
import static io.keyward.model.timeline.IncidentEstate.ago;
import static io.keyward.model.timeline.IncidentEstate.hoursAgo;
import static io.keyward.model.timeline.TimelineEntryKind.ACCESS_EVENT;
import static io.keyward.model.timeline.TimelineEntryKind.ALERT;
import static io.keyward.model.timeline.TimelineEntryKind.CREDENTIAL_CREATED;
import static io.keyward.model.timeline.TimelineEntryKind.CREDENTIAL_EXPIRED;
import static io.keyward.model.timeline.TimelineEntryKind.CREDENTIAL_LAST_USED;
import static io.keyward.model.timeline.TimelineEntryKind.CREDENTIAL_ROTATED;
import static io.keyward.model.timeline.TimelineEntryKind.IDENTITY_CREATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.Issuance;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentTimelineTest {

  @Test
  void putsEverythingInTimeOrderWhateverOrderItArrivesIn() {
    Timeline timeline =
        IncidentTimeline.ofIdentity(
            IncidentEstate.trainer(),
            List.of(SESSION, NEW_KEY, OLD_KEY),
            List.of(),
            List.of(
                IncidentEstate.alert("late", hoursAgo(1), "trainer", null),
                IncidentEstate.alert("early", hoursAgo(6), null, "session-1")),
            List.of(IncidentEstate.event("ev", hoursAgo(4), "trainer", "key-2")),
            List.of(),
            NOW);

    assertThat(timeline.entries())
        .extracting(TimelineEntry::kind)
        .containsExactly(
            IDENTITY_CREATED,
            CREDENTIAL_CREATED, // key-1, 400 days ago
            CREDENTIAL_LAST_USED, // key-1, 31 days ago
            CREDENTIAL_ROTATED, // key-2 replaced it 30 days ago
            CREDENTIAL_CREATED, // the session, 8 hours ago
            CREDENTIAL_EXPIRED, // the session, 7 hours ago
            ALERT,
            CREDENTIAL_LAST_USED, // key-2, 5 hours ago
            ACCESS_EVENT,
            ALERT);
    assertThat(timeline.entries())
        .extracting(TimelineEntry::time)
        .isSortedAccordingTo(java.util.Comparator.naturalOrder());
    assertThat(timeline.subjectName()).isEqualTo("trainer");
  }

  @Test
  void aRotationNamesTheKeyItReplacedAndWhetherThatKeyStillWorks() {
    Timeline timeline =
        IncidentTimeline.ofCredential(
            NEW_KEY, List.of(OLD_KEY, NEW_KEY, SESSION), List.of(), List.of(), List.of(), NOW);

    TimelineEntry rotated = timeline.entries().get(0);
    assertThat(rotated.kind()).isEqualTo(CREDENTIAL_ROTATED);
    assertThat(rotated.title()).isEqualTo("trainer key-2 created, replacing trainer key-1");
    assertThat(rotated.detail()).isEqualTo("Access key · the earlier one is still active");
    assertThat(rotated.time()).isEqualTo(ago(30));
  }

  @Test
  void aFirstKeyIsACreationAndAFutureExpiryIsNotYetAnEvent() {
    var hourly =
        IncidentEstate.key(
            "k", "trainer", CredentialKind.ACCESS_KEY, hoursAgo(1), NOW.plusSeconds(60), null);

    Timeline timeline =
        IncidentTimeline.ofCredential(
            hourly, List.of(hourly), List.of(), List.of(), List.of(), NOW);

    assertThat(timeline.entries())
        .extracting(TimelineEntry::kind)
        .containsExactly(CREDENTIAL_CREATED);
    assertThat(timeline.entries().get(0).detail()).isEqualTo("Access key");
  }

  @Test
  void saysWhatItCannotShow() {
    Timeline timeline =
        IncidentTimeline.ofCredential(
            OLD_KEY, List.of(OLD_KEY), List.of(), List.of(), List.of(), NOW);

    assertThat(timeline.limits()).containsExactly(IncidentTimeline.NO_GRANT_HISTORY);
    assertThat(timeline.entries().get(0).detail()).isEqualTo("Access key · never expires");
  }

  @Test
  void issuanceAndRefusalReadAsWhatHappened() {
    AccessEvent issued =
        new AccessEvent(
            "issued",
            "trail",
            hoursAgo(3),
            AccessEventType.CREDENTIAL_ISSUED,
            "trainer",
            null,
            "sts:AssumeRole",
            "arn:aws:iam::111122223333:role/Trainer",
            "203.0.113.7",
            "us-east-1",
            null,
            new Issuance(
                "sts.amazonaws.com",
                "arn:aws:iam::111122223333:user/ci",
                "trainer",
                "run-42",
                Duration.ofMinutes(90),
                "alice",
                "ASIAEXAMPLE"));
    AccessEvent denied =
        new AccessEvent(
            "denied",
            "trail",
            hoursAgo(2),
            AccessEventType.ACCESS_DENIED,
            "trainer",
            null,
            "s3:PutObject",
            "arn:aws:s3:::lake",
            null,
            null,
            "AccessDenied",
            null);

    Timeline timeline =
        IncidentTimeline.ofIdentity(
            IncidentEstate.trainer(),
            List.of(),
            List.of(),
            List.of(),
            List.of(issued, denied),
            List.of(),
            NOW);

    assertThat(timeline.entries())
        .filteredOn(e -> e.kind() == ACCESS_EVENT)
        .extracting(TimelineEntry::title, TimelineEntry::detail)
        .containsExactly(
            tuple(
                "sts:AssumeRole on arn:aws:iam::111122223333:role/Trainer: session run-42 for 1 h"
                    + " 30 min",
                "Credential issued · by sts.amazonaws.com to arn:aws:iam::111122223333:user/ci"
                    + " · source identity alice · from 203.0.113.7 · us-east-1 · trail"),
            tuple(
                "s3:PutObject on arn:aws:s3:::lake denied",
                "Access denied · AccessDenied · trail"));
  }

  @Test
  void aGrantAddedSinceTheFirstSyncShowsWhenASyncFirstSawIt() {
    io.keyward.model.domain.Grant admin =
        new io.keyward.model.domain.Grant(
            "aws:grant/admin",
            "aws",
            "trainer",
            "iam:*",
            "*",
            io.keyward.model.domain.Privilege.ADMIN,
            io.keyward.model.domain.GrantOrigin.DIRECT,
            null,
            null,
            null);
    Timeline timeline =
        IncidentTimeline.ofIdentity(
            IncidentEstate.trainer(),
            List.of(),
            List.of(new io.keyward.model.cache.GrantAddition(admin, hoursAgo(30), hoursAgo(6))),
            List.of(),
            List.of(),
            List.of(),
            NOW);

    assertThat(timeline.entries())
        .filteredOn(e -> e.kind() == TimelineEntryKind.GRANT_ADDED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.time()).isEqualTo(hoursAgo(6));
              assertThat(e.title()).isEqualTo("iam:* on * granted");
              assertThat(e.detail())
                  .isEqualTo("Admin · not there at the sync of " + hoursAgo(30) + " · aws");
              assertThat(e.itemId()).isEqualTo("aws:grant/admin");
            });
  }
}
