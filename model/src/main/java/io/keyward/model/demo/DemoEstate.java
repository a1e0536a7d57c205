package io.keyward.model.demo;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.DemoInfo;
import io.keyward.model.cache.SyncSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes Demo Corp, the deterministic synthetic estate: one source of every kind, a hand-crafted
 * story with named people and agents, and a bulk population filling the scale's exact identity and
 * grant counts. The same seed, scale and {@code asOf} always give the same items in the same order;
 * every timestamp is relative to {@code asOf}.
 *
 * <p>Planted problems, so every maturity criterion has something to find (docs/demo-estate.md has
 * the full table):
 *
 * <table>
 *   <caption>Planted problems</caption>
 *   <tr><th>Problem</th><th>Where</th><th>Criterion</th></tr>
 *   <tr><td>Agent running under a human account</td>
 *       <td>hf marco-rossi (HUMAN, tag automation=agent-runner): write token used every 10 min
 *       by CI</td><td>Foundation: own non-human identity</td></tr>
 *   <tr><td>Credential shared by two agents</td>
 *       <td>keycloak support-agent and billing-agent secrets: one fingerprint</td>
 *       <td>Foundation: own non-human identity</td></tr>
 *   <tr><td>Agents without owner</td><td>aws deploy-agent, gcp labeling-agent, 1 in 10 bulk
 *       agents</td><td>Foundation: active human owner</td></tr>
 *   <tr><td>Agent whose owner is disabled</td><td>aws pricing-agent, owner entra dan.kowalski
 *       (disabled)</td><td>Foundation: active human owner</td></tr>
 *   <tr><td>Agent grants without delegation</td><td>deploy-agent, pricing-agent, labeling-agent,
 *       billing-agent, some bulk agents</td><td>Foundation: access traces to a delegation</td></tr>
 *   <tr><td>Identity source without activity log</td><td>gcp demo-ml-prod</td>
 *       <td>Foundation: activity auditable</td></tr>
 *   <tr><td>Static agent keys older than 90 days</td><td>deploy-agent (200 d), pricing-agent
 *       (95 d), eval-agent (150 d); ci-bot (400 d, service account)</td>
 *       <td>Enhanced: ephemeral credentials</td></tr>
 *   <tr><td>Long-lived agent credentials</td><td>research blueprint secret (2 y), labeling-agent
 *       key (1 y), Keycloak agent secrets (static); short-lived: forecast-agent, support-agent,
 *       DataLakeReader sessions</td><td>Enhanced: ephemeral credentials</td></tr>
 *   <tr><td>Wildcard/admin grants held by agents</td><td>deploy-agent AdministratorAccess on *,
 *       pricing-agent dynamodb:*, billing-agent realm-admin, 1 in 100 bulk grants</td>
 *       <td>Enhanced: least privilege</td></tr>
 *   <tr><td>Unused grants</td><td>meeting-notes-agent Mail.Send, ci-bot GetSecretValue,
 *       support-agent publish (never); pricing-agent, labeling-agent, billing-agent
 *       (&gt; 90 d); a third of bulk grants</td><td>Enhanced: least privilege</td></tr>
 *   <tr><td>Delegation hop widens scope</td><td>alice [datasets:read] -&gt; research-agent
 *       [datasets:read, datasets:write] -&gt; research-summarizer -&gt; DataLakeReader</td>
 *       <td>Enhanced: no hop widens scope</td></tr>
 *   <tr><td>Stale alert feed, unmatched alerts</td><td>ocsf:legacy-siem newest finding 63 d old;
 *       one unmatched alert in each feed</td><td>Enhanced: real-time detection</td></tr>
 *   <tr><td>Model versions without producing identity</td><td>churn-predictor v2 (MLflow), v3
 *       (OpenLineage)</td><td>Enhanced: lineage with identity</td></tr>
 *   <tr><td>Sensitive grants without conditions</td><td>research-summarizer Sites.ReadWrite.All,
 *       labeling-agent dataEditor on customers, ci-bot GetSecretValue, TrainingJobRole lake
 *       read</td><td>Adaptive: contextual access</td></tr>
 *   <tr><td>Agent operators without FIDO2</td><td>bob.martens (totp) operates forecast-agent,
 *       erin.walsh (none) meeting-notes-agent and support-agent</td>
 *       <td>Adaptive: phishing-resistant MFA</td></tr>
 * </table>
 *
 * <p>Healthy counterparts: triage-agent (FIDO2 sponsor, certificate, conditioned grant), forecast-
 * agent (15-minute sessions via a conditioned role), the keyless trainer service account whose runs
 * are all attributed, CAEP events acted on within minutes, GuardDuty's exfiltration finding
 * answered by a session-revoke deny nine minutes later.
 */
public final class DemoEstate {
  private DemoEstate() {}

  /**
   * Writes the estate into {@code cache}, one completed sync session per source, and marks the
   * cache as a demo.
   */
  public static void write(Cache cache, DemoScale scale, long seed, Instant asOf) {
    write(
        scale,
        seed,
        asOf,
        (source, contents) -> {
          try (SyncSession session = cache.beginSync(source)) {
            contents.accept(session);
            session.complete();
          }
        });
    cache.savePolicies(DemoPolicies.stored(asOf));
    cache.markDemo(new DemoInfo(seed, scale.cliName(), asOf));
  }

  /** Writes the estate source by source into whatever {@code writer} hands out. */
  public static void write(DemoScale scale, long seed, Instant asOf, SourceWriter writer) {
    DemoTime time = new DemoTime(asOf);
    List<StoryRecording> stories = new ArrayList<>();
    for (SourceStory story : stories(seed, time)) {
      stories.add(StoryRecording.of(story));
    }
    Map<String, BulkPopulation> bulk = sizeBulk(scale, seed, time, stories);
    for (StoryRecording story : stories) {
      BulkPopulation population = bulk.get(story.source().id());
      writer.write(
          story.source(),
          sink -> {
            story.replay(sink);
            if (population != null) {
              population.write(sink);
            }
          });
    }
  }

  /** In load order: people first, then what refers to them, feeds and logs last. */
  private static List<SourceStory> stories(long seed, DemoTime time) {
    return List.of(
        new EntraTenantStory(seed, time),
        new AwsAccountStory(seed, time),
        new GcpProjectStory(seed, time),
        new KeycloakRealmStory(seed, time),
        new MlflowServerStory(seed, time),
        new HuggingFaceOrgStory(seed, time),
        new OpenLineageFileStory(seed, time),
        OcsfFeedStory.current(seed, time),
        OcsfFeedStory.stale(seed, time),
        new GuardDutyStory(seed, time),
        new CaepReceiverStory(seed, time),
        new CloudTrailStory(seed, time));
  }

  /** Splits what the story leaves of the scale's totals over the identity sources by share. */
  private static Map<String, BulkPopulation> sizeBulk(
      DemoScale scale, long seed, DemoTime time, List<StoryRecording> stories) {
    long storyIdentities = stories.stream().mapToLong(StoryRecording::identities).sum();
    long storyGrants = stories.stream().mapToLong(StoryRecording::grants).sum();
    int identities = Math.toIntExact(scale.identities() - storyIdentities);
    long grants = scale.grants() - storyGrants;
    if (identities < 0 || grants < 0) {
      throw new IllegalStateException("the story alone exceeds scale " + scale.cliName());
    }
    List<BulkProfile> profiles = BulkProfiles.all();
    Map<String, BulkPopulation> bulk = new HashMap<>();
    int identitiesLeft = identities;
    long grantsLeft = grants;
    for (int p = 0; p < profiles.size(); p++) {
      BulkProfile profile = profiles.get(p);
      boolean last = p == profiles.size() - 1;
      int share = last ? identitiesLeft : (int) ((long) identities * profile.share() / 100);
      long shareGrants = last ? grantsLeft : identities == 0 ? 0 : grants * share / identities;
      bulk.put(profile.source().id(), new BulkPopulation(profile, seed, time, share, shareGrants));
      identitiesLeft -= share;
      grantsLeft -= shareGrants;
    }
    return bulk;
  }
}
