package io.keyward.model.demo;

import static io.keyward.model.domain.AccessEventType.CHANGE;
import static io.keyward.model.domain.AccessEventType.CREDENTIAL_ISSUED;
import static io.keyward.model.domain.AccessEventType.SIGN_IN;
import static io.keyward.model.domain.IdentityKind.AGENT;
import static io.keyward.model.domain.IdentityKind.APPLICATION;
import static io.keyward.model.domain.IdentityKind.GROUP;
import static io.keyward.model.domain.IdentityKind.HUMAN;
import static io.keyward.model.domain.Privilege.ADMIN;
import static io.keyward.model.domain.Privilege.READ;
import static io.keyward.model.domain.Privilege.WRITE;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Demo Corp's Entra tenant: the people everyone else refers to (owners, sponsors, operators), the
 * Entra agent identities with their blueprints, and the research chain whose second hop widens
 * scope. Loaded first, because every other source points at these people.
 */
final class EntraTenantStory extends SourceStory {
  /** ML platform lead, FIDO2, sponsors the research agents and delegates to them. */
  static final String ALICE = user("alice.nguyen");

  /** Data scientist who operates forecast-agent with TOTP only: not phishing-resistant. */
  static final String BOB = user("bob.martens");

  /** Security engineer, FIDO2, sponsors triage-agent: the healthy example. */
  static final String CAROL = user("carol.diaz");

  /** Left the company and was disabled; still recorded as owner of pricing-agent. */
  static final String DAN = user("dan.kowalski");

  /** Consented meeting-notes-agent to her mailbox, signs in without MFA. */
  static final String ERIN = user("erin.walsh");

  /** DevOps lead, FIDO2, owns ci-bot. */
  static final String FRANK = user("frank.osei");

  static final String RESEARCH_AGENT = agent("research-agent");
  static final String RESEARCH_SUMMARIZER = agent("research-summarizer");
  static final String TRIAGE_AGENT = agent("triage-agent");
  static final String MEETING_NOTES_AGENT = agent("meeting-notes-agent");
  static final String RESEARCH_BLUEPRINT = app("research-agent-blueprint");
  static final String TRIAGE_BLUEPRINT = app("triage-agent-blueprint");
  static final String TRIAGE_BLUEPRINT_CERT = TRIAGE_BLUEPRINT + "/cert-1";
  static final String ML_ENGINEERS = group("ml-engineers");
  static final String GRAPH = DemoSources.ENTRA.id() + ":api/graph";
  static final String RESEARCH_SCOPE_READ = "datasets:read";
  static final String RESEARCH_SCOPE_WRITE = "datasets:write";

  /** The tag an application with a service principal in the tenant carries (EntraMapper). */
  static final String SERVICE_PRINCIPAL_TYPE = "servicePrincipalType";

  /** The Graph id of Erin's consent to meeting-notes-agent. */
  private final String erinConsent;

  EntraTenantStory(long seed, DemoTime time) {
    super(DemoSources.ENTRA, seed, time);
    erinConsent = idsFor(ERIN + "/consent").graphItemId();
  }

  static String user(String login) {
    return DemoSources.ENTRA.id() + ":user/" + login;
  }

  static String agent(String name) {
    return DemoSources.ENTRA.id() + ":agent/" + name;
  }

  static String app(String name) {
    return DemoSources.ENTRA.id() + ":app/" + name;
  }

  static String group(String name) {
    return DemoSources.ENTRA.id() + ":group/" + name;
  }

  /** A client secret as EntraMapper names it: the holder and the secret's keyId. */
  static String secret(String holder, String keyId) {
    return holder + "/secret/" + keyId;
  }

  /**
   * As AccessMapper names a grant: a directory role assignment ({@code grant/role/ID}) for a role
   * on the directory ({@code /}), else an app role assignment ({@code grant/approle/ID}).
   */
  static String assignmentId(String resource, String assignment) {
    return DemoSources.ENTRA.id()
        + ":grant/"
        + (resource.equals("/") ? "role/" : "approle/")
        + assignment;
  }

  /** A delegated consent's grant of one scope, as AccessMapper names it. */
  static String consentGrantId(String consent, String scope) {
    return DemoSources.ENTRA.id() + ":grant/consent/" + consent + "/" + scope;
  }

  @Override
  protected String directGrantId(
      String principal, String permission, String resource, @Nullable String condition) {
    return assignmentId(resource, idsFor(principal + "/" + permission).graphItemId());
  }

  static String email(String login) {
    return login + "@demo-corp.example";
  }

  @Override
  void write(EstateSink sink) {
    writePeople(sink);
    writeAgents(sink);
    writeGrants(sink);
    writeDelegations(sink);
    writeSignIns(sink);
  }

  private void writePeople(EstateSink sink) {
    sink.add(person(ALICE, "Alice Nguyen", "ml-platform", "fido2", IdentityStatus.ENABLED, 900));
    sink.add(person(BOB, "Bob Martens", "data-science", "totp", IdentityStatus.ENABLED, 610));
    sink.add(person(CAROL, "Carol Diaz", "security", "fido2", IdentityStatus.ENABLED, 1200));
    sink.add(person(DAN, "Dan Kowalski", "pricing", "none", IdentityStatus.DISABLED, 1500));
    sink.add(person(ERIN, "Erin Walsh", "support", "none", IdentityStatus.ENABLED, 300));
    sink.add(person(FRANK, "Frank Osei", "devops", "fido2", IdentityStatus.ENABLED, 1100));
    sink.add(
        identity(
            ML_ENGINEERS,
            GROUP,
            "ml-engineers",
            null,
            IdentityStatus.ENABLED,
            "Entra security group",
            Map.of("team", "ml-platform")));
  }

  private Identity person(
      String id, String name, String team, String mfa, IdentityStatus status, int ageDays) {
    String login = id.substring(id.lastIndexOf('/') + 1);
    return new Identity(
        id,
        source.id(),
        ids.guid(),
        HUMAN,
        name,
        email(login),
        status,
        time.daysAgo(ageDays),
        null,
        "Entra user, userType Member",
        Map.of("team", team, "mfa", mfa));
  }

  private void writeAgents(EstateSink sink) {
    String agentReason = "Entra agentIdentity @odata.type";
    sink.add(
        identity(
            RESEARCH_BLUEPRINT,
            APPLICATION,
            "research-agent-blueprint",
            ALICE,
            IdentityStatus.ENABLED,
            "Entra agentIdentityBlueprint application",
            Map.of("team", "ml-platform", SERVICE_PRINCIPAL_TYPE, "Application")));
    sink.add(
        identity(
            TRIAGE_BLUEPRINT,
            APPLICATION,
            "triage-agent-blueprint",
            CAROL,
            IdentityStatus.ENABLED,
            "Entra agentIdentityBlueprint application",
            Map.of("team", "security", SERVICE_PRINCIPAL_TYPE, "Application")));
    sink.add(
        identity(
            RESEARCH_AGENT,
            AGENT,
            "research-agent",
            ALICE,
            IdentityStatus.ENABLED,
            agentReason,
            Map.of("team", "ml-platform", "blueprint", "research-agent-blueprint")));
    sink.add(
        identity(
            RESEARCH_SUMMARIZER,
            AGENT,
            "research-summarizer",
            ALICE,
            IdentityStatus.ENABLED,
            agentReason,
            Map.of("team", "ml-platform", "blueprint", "research-agent-blueprint")));
    sink.add(
        identity(
            TRIAGE_AGENT,
            AGENT,
            "triage-agent",
            CAROL,
            IdentityStatus.ENABLED,
            agentReason,
            Map.of("team", "security", "blueprint", "triage-agent-blueprint")));
    sink.add(
        identity(
            MEETING_NOTES_AGENT,
            AGENT,
            "meeting-notes-agent",
            ERIN,
            IdentityStatus.ENABLED,
            agentReason,
            Map.of("team", "support")));
    // Agent identities hold no credentials: their blueprints do and mint tokens for them.
    String secretKeyId = ids.guid();
    sink.add(
        expiringCredential(
            secret(RESEARCH_BLUEPRINT, secretKeyId),
            RESEARCH_BLUEPRINT,
            CredentialKind.CLIENT_SECRET,
            secretKeyId,
            "research-prod",
            time.daysAgo(120),
            Duration.ofDays(730),
            time.hoursAgo(1),
            List.of()));
    sink.add(
        expiringCredential(
            TRIAGE_BLUEPRINT_CERT,
            TRIAGE_BLUEPRINT,
            CredentialKind.CERTIFICATE,
            idsFor(TRIAGE_BLUEPRINT_CERT).guid(),
            "CN=triage-agent-blueprint",
            time.daysAgo(40),
            Duration.ofDays(180),
            time.minutesAgo(12),
            List.of()));
    sink.add(
        new Resource(
            GRAPH,
            source.id(),
            "00000003-0000-0000-c000-000000000000",
            ResourceKind.API,
            "Microsoft Graph",
            null,
            true));
  }

  private Identity identity(
      String id,
      IdentityKind kind,
      String name,
      @Nullable String owner,
      IdentityStatus status,
      String classification,
      Map<String, String> tags) {
    return new Identity(
        id,
        source.id(),
        ids.guid(),
        kind,
        name,
        null,
        status,
        time.daysAgo(200),
        owner,
        classification,
        tags);
  }

  private void writeGrants(EstateSink sink) {
    sink.add(
        grant(
            FRANK,
            "Global Administrator",
            "/",
            ADMIN,
            "PIM: eligible, MFA at activation",
            time.daysAgo(9)));
    sink.add(
        grant(
            TRIAGE_AGENT,
            "SecurityEvents.Read.All",
            GRAPH,
            READ,
            "Conditional Access: workload identity from trusted locations",
            time.minutesAgo(12)));
    sink.add(grant(RESEARCH_AGENT, "Files.Read.All", GRAPH, READ, time.hoursAgo(2)));
    // Sensitive write without any condition.
    sink.add(grant(RESEARCH_SUMMARIZER, "Sites.ReadWrite.All", GRAPH, WRITE, time.hoursAgo(3)));
    // Erin's consent: one grant per scope, all going with the consent.
    sink.add(consentGrant("Mail.Read", READ, time.hoursAgo(5)));
    sink.add(consentGrant("Calendars.Read", READ, time.hoursAgo(5)));
    // Consented but never used: least privilege says drop it.
    sink.add(consentGrant("Mail.Send", WRITE, null));
    sink.add(grant(ML_ENGINEERS, "Sites.Read.All", GRAPH, READ, time.daysAgo(1)));
    for (String member : List.of(ALICE, BOB, ERIN)) {
      sink.add(
          inheritedGrant(
              member,
              GrantOrigin.VIA_GROUP,
              ML_ENGINEERS,
              "Sites.Read.All",
              GRAPH,
              READ,
              time.daysAgo(3)));
    }
  }

  private Grant consentGrant(String scope, Privilege privilege, @Nullable Instant lastUsed) {
    return new Grant(
        consentGrantId(erinConsent, scope),
        source.id(),
        MEETING_NOTES_AGENT,
        scope,
        GRAPH,
        privilege,
        GrantOrigin.DIRECT,
        null,
        null,
        lastUsed);
  }

  private void writeDelegations(EstateSink sink) {
    // The widening chain: alice lets research-agent read; it hands its sub-agent read AND write.
    sink.add(
        delegation(
            ALICE,
            RESEARCH_AGENT,
            DelegationKind.ON_BEHALF_OF,
            List.of(RESEARCH_SCOPE_READ),
            null));
    sink.add(
        delegation(
            RESEARCH_AGENT,
            RESEARCH_SUMMARIZER,
            DelegationKind.ON_BEHALF_OF,
            List.of(RESEARCH_SCOPE_READ, RESEARCH_SCOPE_WRITE),
            null));
    sink.add(
        delegation(
            CAROL,
            TRIAGE_AGENT,
            DelegationKind.ON_BEHALF_OF,
            List.of("SecurityEvents.Read.All"),
            "sponsor"));
    sink.add(
        delegation(
            source.id() + ":consent/" + erinConsent,
            ERIN,
            MEETING_NOTES_AGENT,
            DelegationKind.OAUTH_CONSENT,
            List.of("Mail.Read", "Calendars.Read", "Mail.Send"),
            "consentType Principal"));
    for (String member : List.of(ALICE, BOB, ERIN)) {
      sink.add(delegation(member, ML_ENGINEERS, DelegationKind.GROUP_MEMBERSHIP, List.of(), null));
    }
  }

  private void writeSignIns(EstateSink sink) {
    for (String person : List.of(ALICE, BOB, CAROL, ERIN, FRANK)) {
      sink.add(event(time.hoursAgo(7), SIGN_IN, person, null, "Sign-in", GRAPH, "westeurope"));
    }
    sink.add(
        event(
            time.minutesAgo(12),
            CREDENTIAL_ISSUED,
            TRIAGE_AGENT,
            TRIAGE_BLUEPRINT_CERT,
            "Service principal sign-in (agent token)",
            GRAPH,
            "westeurope"));
    // Acting on the CAEP session-revoked signal for erin, minutes after it arrived.
    sink.add(
        event(
            time.minutesAgo(CaepReceiverStory.ERIN_SESSION_REVOKED_MINUTES_AGO - 6),
            CHANGE,
            ERIN,
            null,
            "Revoke sign-in sessions",
            null,
            "westeurope"));
  }
}
