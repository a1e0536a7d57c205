package io.keyward.model.demo;

import static io.keyward.model.domain.Privilege.READ;
import static io.keyward.model.domain.Privilege.WRITE;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Hugging Face org. Marco's personal write token is what the nightly publishing agent really
 * runs as: an agent under a human account, visible as token use every ten minutes at night.
 */
final class HuggingFaceOrgStory extends SourceStory {
  static final String ORG = "demo-corp-ml";
  static final String MARCO = user("marco-rossi");
  static final String MARCO_TOKEN = MARCO + "/token/ci-publish";
  static final String GRACE = user("grace-lin");
  static final String SUMMARIZER_MODEL = repo("model", "support-summarizer-7b");
  static final String TICKETS_DATASET = repo("dataset", "support-tickets-redacted");

  HuggingFaceOrgStory(long seed, DemoTime time) {
    super(DemoSources.HUGGING_FACE, seed, time);
  }

  static String user(String name) {
    return DemoSources.HUGGING_FACE.id() + ":user/" + name;
  }

  static String repo(String type, String name) {
    return DemoSources.HUGGING_FACE.id() + ":" + type + "/" + ORG + "/" + name;
  }

  @Override
  void write(EstateSink sink) {
    sink.add(
        new Resource(
            SUMMARIZER_MODEL,
            source.id(),
            ORG + "/support-summarizer-7b",
            ResourceKind.MODEL,
            "support-summarizer-7b",
            null,
            false));
    sink.add(
        new Resource(
            TICKETS_DATASET,
            source.id(),
            ORG + "/support-tickets-redacted",
            ResourceKind.DATASET,
            "support-tickets-redacted",
            null,
            true));

    sink.add(
        person(
            MARCO,
            "marco-rossi",
            Map.of("team", "ml-platform", "mfa", "totp", "automation", "agent-runner")));
    sink.add(person(GRACE, "grace-lin", Map.of("team", "ml-platform", "mfa", "fido2")));

    sink.add(
        staticCredential(
            MARCO_TOKEN,
            MARCO,
            CredentialKind.API_TOKEN,
            "hf_token_" + ids.hex(24),
            "ci-publish (write)",
            time.daysAgo(210),
            time.minutesAgo(4),
            ids.fingerprint()));
    sink.add(
        expiringCredential(
            GRACE + "/token/notebook-read",
            GRACE,
            CredentialKind.API_TOKEN,
            "hf_token_" + ids.hex(24),
            "notebook-read (fineGrained)",
            time.daysAgo(20),
            Duration.ofDays(90),
            time.daysAgo(2),
            List.of("repo.content.read", "collection.read")));

    // On the org as a whole: its location names it, so the grant reaches every repo in it.
    sink.add(grant(MARCO, "org:write", source.location(), WRITE, time.minutesAgo(4)));
    sink.add(grant(MARCO, "repo.write", SUMMARIZER_MODEL, WRITE, time.minutesAgo(4)));
    sink.add(
        grant(
            GRACE,
            "repo.content.read",
            TICKETS_DATASET,
            READ,
            "canReadGatedRepos=false",
            time.daysAgo(2)));

    // The nightly agent publishing through Marco's token, every ten minutes from CI runners.
    for (int i = 0; i < 6; i++) {
      sink.add(
          event(
              time.minutesAgo(4 + 10L * i),
              AccessEventType.ACCESS_ALLOWED,
              MARCO,
              MARCO_TOKEN,
              "git push (repo.write) user-agent=huggingface_hub/0.26; ci",
              SUMMARIZER_MODEL,
              "eu-west-1"));
    }
  }

  private Identity person(String id, String name, Map<String, String> tags) {
    return new Identity(
        id,
        source.id(),
        ids.hex(24),
        IdentityKind.HUMAN,
        name,
        null,
        IdentityStatus.ENABLED,
        time.daysAgo(700),
        null,
        "Hugging Face user (type user)",
        tags);
  }
}
