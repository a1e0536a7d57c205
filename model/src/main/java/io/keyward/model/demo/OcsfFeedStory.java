package io.keyward.model.demo;

import static io.keyward.model.domain.AlertStatus.CLOSED;
import static io.keyward.model.domain.AlertStatus.OPEN;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Severity;
import io.keyward.model.domain.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An OCSF Detection Finding feed. Demo Corp has two: the SOC's current one (findings from the last
 * hours) and a legacy SIEM export whose newest finding is 63 days old, i.e. a stale feed.
 */
final class OcsfFeedStory extends SourceStory {
  /** The newest finding of the stale feed is this old. */
  static final long STALE_FEED_NEWEST_DAYS = 63;

  private final List<Finding> findings;

  /** One finding as the feed reports it; identity and credential are what Keyward matched. */
  private record Finding(
      String uid,
      Duration age,
      Severity severity,
      String type,
      String title,
      String actor,
      @Nullable String identity,
      @Nullable String credential,
      AlertStatus status) {}

  private OcsfFeedStory(Source source, long seed, DemoTime time, List<Finding> findings) {
    super(source, seed, time);
    this.findings = findings;
  }

  static OcsfFeedStory current(long seed, DemoTime time) {
    return new OcsfFeedStory(
        DemoSources.SOC_FINDINGS,
        seed,
        time,
        List.of(
            new Finding(
                "kw-1001",
                Duration.ofHours(3),
                Severity.HIGH,
                "Credential Access",
                "Access key used from unexpected network",
                "ci-bot",
                AwsAccountStory.CI_BOT,
                AwsAccountStory.CI_BOT_KEY,
                OPEN),
            new Finding(
                "kw-1002",
                Duration.ofHours(5),
                Severity.CRITICAL,
                "Discovery",
                "Agent enumerated secrets outside its task",
                "deploy-agent",
                AwsAccountStory.DEPLOY_AGENT,
                AwsAccountStory.DEPLOY_AGENT_KEY,
                OPEN),
            new Finding(
                "kw-1003",
                Duration.ofMinutes(30),
                Severity.MEDIUM,
                "Persistence",
                "Personal token used by automation at night",
                "marco-rossi",
                HuggingFaceOrgStory.MARCO,
                HuggingFaceOrgStory.MARCO_TOKEN,
                OPEN),
            new Finding(
                "kw-1004",
                Duration.ofHours(20),
                Severity.MEDIUM,
                "Privilege Escalation",
                "Sub-agent wrote to a dataset its delegator may only read",
                "research-summarizer",
                EntraTenantStory.RESEARCH_SUMMARIZER,
                null,
                OPEN),
            new Finding(
                "kw-1005",
                Duration.ofHours(9),
                Severity.MEDIUM,
                "Initial Access",
                "Sign-in from anonymising network for unknown principal",
                "svc-legacy-etl",
                null,
                null,
                OPEN),
            new Finding(
                "kw-0990",
                Duration.ofDays(2),
                Severity.INFO,
                "Discovery",
                "Role enumeration by scanner",
                "triage-agent",
                EntraTenantStory.TRIAGE_AGENT,
                null,
                CLOSED)));
  }

  static OcsfFeedStory stale(long seed, DemoTime time) {
    Duration newest = Duration.ofDays(STALE_FEED_NEWEST_DAYS);
    return new OcsfFeedStory(
        DemoSources.LEGACY_SIEM,
        seed,
        time,
        List.of(
            new Finding(
                "siem-20417",
                newest,
                Severity.MEDIUM,
                "Credential Access",
                "Access key not rotated in 90 days",
                "pricing-agent",
                AwsAccountStory.PRICING_AGENT,
                null,
                OPEN),
            new Finding(
                "siem-20188",
                newest.plusDays(12),
                Severity.LOW,
                "Discovery",
                "Unusual API volume from unknown client",
                "etl-legacy-7",
                null,
                null,
                OPEN),
            new Finding(
                "siem-19876",
                newest.plusDays(40),
                Severity.HIGH,
                "Exfiltration",
                "Large download from data lake",
                "ci-bot",
                AwsAccountStory.CI_BOT,
                null,
                CLOSED)));
  }

  @Override
  void write(EstateSink sink) {
    for (Finding finding : findings) {
      Instant at = time.asOf().minus(finding.age());
      sink.add(
          alert(
              finding.uid(),
              at,
              finding.severity(),
              finding.type(),
              finding.title(),
              finding.identity(),
              finding.credential(),
              finding.status(),
              raw(finding, at)));
    }
  }

  private static String raw(Finding finding, Instant at) {
    int activity = finding.status() == OPEN ? 1 : 3;
    return String.format(
        Locale.ROOT,
        "{\"class_uid\":2004,\"category_uid\":2,\"activity_id\":%d,\"type_uid\":%d,"
            + "\"time\":%d,\"severity_id\":%d,\"metadata\":{\"version\":\"1.3.0\","
            + "\"product\":{\"name\":\"Demo SIEM\",\"vendor_name\":\"Demo Corp\"}},"
            + "\"finding_info\":{\"uid\":\"%s\",\"title\":\"%s\",\"types\":[\"%s\"]},"
            + "\"actor\":{\"user\":{\"name\":\"%s\"}}}",
        activity,
        200400 + activity,
        at.toEpochMilli(),
        severityId(finding.severity()),
        finding.uid(),
        finding.title(),
        finding.type(),
        finding.actor());
  }

  /** OCSF severity_id: 1 Informational .. 5 Critical. */
  private static int severityId(Severity severity) {
    return severity.ordinal() + 1;
  }
}
