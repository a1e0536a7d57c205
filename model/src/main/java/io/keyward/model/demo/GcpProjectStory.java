package io.keyward.model.demo;

import static io.keyward.model.domain.IdentityKind.AGENT;
import static io.keyward.model.domain.IdentityKind.SERVICE_ACCOUNT;
import static io.keyward.model.domain.IdentityKind.WORKLOAD;
import static io.keyward.model.domain.Privilege.READ;
import static io.keyward.model.domain.Privilege.WRITE;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.GrantIds;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The ML GCP project: the trainer pipeline identity (keyless, conditioned grants: the good
 * example), an evaluation agent with an old user-managed key that can impersonate the trainer, and
 * an ownerless labeling agent writing to a sensitive dataset without conditions.
 */
final class GcpProjectStory extends SourceStory {
  static final String PROJECT = "demo-ml-prod";
  static final String TRAINER = serviceAccount("trainer");
  static final String EVAL_AGENT = serviceAccount("eval-agent");
  static final String LABELING_AGENT = serviceAccount("labeling-agent");
  static final String TRAINER_KSA = DemoSources.GCP.id() + ":workload/training/trainer-ksa";
  static final String CUSTOMERS = "bq://" + PROJECT + ".features.customers";
  static final String TRAINING_BUCKET = "gs://" + PROJECT + "-training";

  GcpProjectStory(long seed, DemoTime time) {
    super(DemoSources.GCP, seed, time);
  }

  static String email(String account) {
    return account + "@" + PROJECT + ".iam.gserviceaccount.com";
  }

  static String serviceAccount(String account) {
    return DemoSources.GCP.id() + ":sa/" + email(account);
  }

  static String group(String name) {
    return DemoSources.GCP.id() + ":group/" + name + "@demo-corp.example";
  }

  static String user(String login) {
    return DemoSources.GCP.id() + ":user/" + login + "@demo-corp.example";
  }

  /** As GcpMapper names a binding member: resource, role, member, and the condition's hash. */
  @Override
  protected String directGrantId(
      String principal, String permission, String resource, @Nullable String condition) {
    return GrantIds.gcp(source.id(), resource, permission, member(principal), condition);
  }

  /**
   * The IAM policy member an identity of this source is, {@code serviceAccount:EMAIL}, {@code
   * user:EMAIL} or {@code group:EMAIL}.
   */
  static String member(String identityId) {
    String local = identityId.substring(DemoSources.GCP.id().length() + 1);
    int slash = local.indexOf('/');
    String type = local.substring(0, slash);
    return (type.equals("sa") ? "serviceAccount" : type) + ":" + local.substring(slash + 1);
  }

  @Override
  void write(EstateSink sink) {
    sink.add(
        new Resource(
            CUSTOMERS,
            source.id(),
            PROJECT + ":features.customers",
            ResourceKind.DATASET,
            "features.customers",
            null,
            true));
    sink.add(
        new Resource(
            TRAINING_BUCKET,
            source.id(),
            TRAINING_BUCKET,
            ResourceKind.BUCKET,
            PROJECT + "-training",
            null,
            false));

    sink.add(
        identity(
            TRAINER,
            SERVICE_ACCOUNT,
            "trainer",
            EntraTenantStory.ALICE,
            "GCP service account",
            Map.of("team", "ml-platform", "pipeline", "retrain_fraud")));
    sink.add(
        identity(
            EVAL_AGENT,
            AGENT,
            "eval-agent",
            EntraTenantStory.ALICE,
            "name matches *-agent",
            Map.of("team", "ml-platform")));
    sink.add(
        identity(
            LABELING_AGENT,
            AGENT,
            "labeling-agent",
            null,
            "label keyward-kind=agent",
            Map.of("keyward-kind", "agent", "team", "data-eng")));
    sink.add(
        new Identity(
            TRAINER_KSA,
            source.id(),
            "principal://iam.googleapis.com/projects/401234567890/locations/global/workloadIdentityPools/"
                + PROJECT
                + ".svc.id.goog/subject/ns/training/sa/trainer-ksa",
            WORKLOAD,
            "training/trainer-ksa",
            null,
            IdentityStatus.ENABLED,
            time.daysAgo(300),
            EntraTenantStory.ALICE,
            "GKE workload identity principal",
            Map.of("team", "ml-platform")));

    sink.add(
        staticCredential(
            EVAL_AGENT + "/key-1",
            EVAL_AGENT,
            CredentialKind.SERVICE_ACCOUNT_KEY,
            keyName("eval-agent"),
            "user-managed key",
            time.daysAgo(150),
            time.hoursAgo(8),
            ids.fingerprint()));
    sink.add(
        expiringCredential(
            LABELING_AGENT + "/key-1",
            LABELING_AGENT,
            CredentialKind.SERVICE_ACCOUNT_KEY,
            keyName("labeling-agent"),
            "user-managed key",
            time.daysAgo(30),
            Duration.ofDays(365),
            time.daysAgo(1),
            List.of()));

    String untilEndOfQuarter = "request.time < timestamp('2027-01-01T00:00:00Z')";
    sink.add(
        grant(
            TRAINER,
            "roles/bigquery.dataViewer",
            CUSTOMERS,
            READ,
            untilEndOfQuarter,
            time.hoursAgo(2)));
    sink.add(
        grant(
            TRAINER,
            "roles/storage.objectAdmin",
            TRAINING_BUCKET,
            WRITE,
            "resource.name.startsWith('projects/_/buckets/" + PROJECT + "-training/objects/runs/')",
            time.hoursAgo(2)));
    sink.add(grant(EVAL_AGENT, "roles/editor", "projects/" + PROJECT, WRITE, time.hoursAgo(8)));
    sink.add(grant(LABELING_AGENT, "roles/bigquery.dataEditor", CUSTOMERS, WRITE, time.daysAgo(1)));
    sink.add(
        grant(
            LABELING_AGENT,
            "roles/bigquery.jobUser",
            "projects/" + PROJECT,
            READ,
            time.daysAgo(200)));

    sink.add(
        delegation(
            EntraTenantStory.ALICE,
            EVAL_AGENT,
            DelegationKind.ON_BEHALF_OF,
            List.of("evaluation:run"),
            null));
    sink.add(
        delegation(
            EVAL_AGENT,
            TRAINER,
            DelegationKind.IMPERSONATION,
            List.of("roles/iam.serviceAccountTokenCreator"),
            null));
    sink.add(
        delegation(
            TRAINER_KSA,
            TRAINER,
            DelegationKind.IMPERSONATION,
            List.of("roles/iam.workloadIdentityUser"),
            null));
  }

  private Identity identity(
      String id,
      IdentityKind kind,
      String account,
      @Nullable String owner,
      String classification,
      Map<String, String> tags) {
    return new Identity(
        id,
        source.id(),
        ids.gcpUniqueId(),
        kind,
        account,
        email(account),
        IdentityStatus.ENABLED,
        time.daysAgo(400),
        owner,
        classification,
        tags);
  }

  private String keyName(String account) {
    return "projects/" + PROJECT + "/serviceAccounts/" + email(account) + "/keys/" + ids.hex(40);
  }
}
