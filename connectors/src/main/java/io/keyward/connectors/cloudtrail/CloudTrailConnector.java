package io.keyward.connectors.cloudtrail;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connector;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.aws.AwsCredentials;
import io.keyward.connectors.aws.AwsJsonReplyRules;
import io.keyward.connectors.aws.SigV4Auth;
import io.keyward.model.domain.SourceKind;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * CloudTrail logs: imported once with {@code keyward import --source cloudtrail PATH}, or kept as a
 * profile that each {@code keyward sync} reads again: either on the folder the trail delivers to
 * (an S3 bucket synced to disk, setting {@code path}) or live on one region's event history through
 * {@code LookupEvents} (setting {@code region}).
 */
public final class CloudTrailConnector implements Connector {
  static final String PATH = "path";
  static final String REGION = "region";
  static final String LOOKBACK_DAYS = "lookbackDays";
  static final String ENDPOINT = "endpoint";
  static final int MAX_LOOKBACK_DAYS = 90; // all LookupEvents keeps
  // LookupEvents allows 2 requests per second per account and region.
  static final Duration REQUEST_INTERVAL = Duration.ofMillis(500);
  private static final Pattern REGION_NAME = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
  private static final List<String> LIVE_ONLY =
      List.of(LOOKBACK_DAYS, ENDPOINT, AwsCredentials.PROFILE.key());

  private final Clock clock;
  private final CloudTrailImport format;

  public CloudTrailConnector() {
    this(Clock.systemUTC());
  }

  CloudTrailConnector(Clock clock) {
    this.clock = clock;
    this.format = new CloudTrailImport(clock);
  }

  @Override
  public SourceKind kind() {
    return format.kind();
  }

  @Override
  public String cliName() {
    return "cloudtrail";
  }

  @Override
  public List<ProfileSetting> settings() {
    return List.of(
        ProfileSetting.optional(
            PATH,
            "Log folder",
            "A CloudTrail log file or the folder its files are under; or set region instead"),
        ProfileSetting.optional(
            REGION,
            "Region",
            "Read this region's event history live through LookupEvents, e.g. eu-west-1; or set"
                + " path instead"),
        ProfileSetting.optional(
            LOOKBACK_DAYS,
            "Days",
            String.valueOf(MAX_LOOKBACK_DAYS),
            "With region: how many days back to read, 1 to " + MAX_LOOKBACK_DAYS),
        AwsCredentials.PROFILE,
        ProfileSetting.optional(
            ENDPOINT,
            "CloudTrail endpoint",
            "https://cloudtrail.REGION.amazonaws.com/",
            "With region: the CloudTrail API; change only for tests"));
  }

  @Override
  public List<String> problems(SourceProfile profile) {
    List<String> problems = new ArrayList<>(Connector.super.problems(profile));
    boolean path = profile.setting(PATH).isPresent();
    boolean region = profile.setting(REGION).isPresent();
    if (path == region) {
      problems.add(
          path
              ? "sets both 'path' and 'region'; a cloudtrail source reads either a log folder"
                  + " (path) or the live event history (region), not both"
              : "needs the setting 'path' (a log folder to read) or 'region' (to read the event"
                  + " history live through LookupEvents)");
    } else if (path) {
      LIVE_ONLY.stream()
          .filter(key -> profile.setting(key).isPresent())
          .forEach(key -> problems.add("sets '" + key + "', which only a region source reads"));
    } else {
      String name = profile.require(REGION);
      if (!REGION_NAME.matcher(name).matches()) {
        problems.add("region '" + name + "' is not an AWS region name such as eu-west-1");
      }
      if (lookbackDays(profile) < 0) {
        problems.add(
            LOOKBACK_DAYS
                + " '"
                + profile.require(LOOKBACK_DAYS)
                + "' is not a number of days from 1 to "
                + MAX_LOOKBACK_DAYS);
      }
    }
    return problems;
  }

  @Override
  public String location(SourceProfile profile) {
    return profile
        .setting(PATH)
        .or(() -> profile.setting(REGION).map(region -> endpoint(profile).toString()))
        .orElse("?");
  }

  @Override
  public SourceConnection connect(SourceProfile profile, ConnectEnvironment environment) {
    List<String> problems = problems(profile);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "source " + profile.id() + " " + String.join("; ", problems));
    }
    if (profile.setting(PATH).isPresent()) {
      return new TrailFolderConnection(profile, format);
    }
    String region = profile.require(REGION);
    AwsCredentials credentials = AwsCredentials.resolve(profile, environment);
    LookupEventsClient client =
        new LookupEventsClient(
            environment
                .http()
                .builder(profile.id())
                .rules(AwsJsonReplyRules.INSTANCE)
                .auth(new SigV4Auth(credentials, region, "cloudtrail", clock))
                .build(),
            endpoint(profile),
            new Pacer(REQUEST_INTERVAL, clock, environment.http().sleeper()));
    return new LookupConnection(
        profile.id(), client, region, lookbackDays(profile), credentials.origin(), clock);
  }

  @Override
  public List<FileImport> imports() {
    return List.of(format);
  }

  /** The profile's days back, the default when unset; -1 when it is no number from 1 to 90. */
  private static int lookbackDays(SourceProfile profile) {
    String text = profile.setting(LOOKBACK_DAYS).orElse(String.valueOf(MAX_LOOKBACK_DAYS));
    try {
      int days = Integer.parseInt(text.trim());
      return days >= 1 && days <= MAX_LOOKBACK_DAYS ? days : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static HttpUrl endpoint(SourceProfile profile) {
    String url =
        profile
            .setting(ENDPOINT)
            .orElseGet(() -> "https://cloudtrail." + profile.require(REGION) + ".amazonaws.com/");
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException(
          "source " + profile.id() + ": endpoint '" + url + "' is not an http(s) URL");
    }
    return parsed;
  }
}
