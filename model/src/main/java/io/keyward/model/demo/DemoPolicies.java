package io.keyward.model.demo;

import io.keyward.model.cache.StoredPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Agent policies Demo Corp's security team wrote, in the JSON form of the domain guide: two agents
 * keep to theirs, two break them (a write grant under read-only, activity outside the allowed
 * region, a token outliving its limit, a disabled owner), and one carries a field Keyward does not
 * know, which is kept.
 */
final class DemoPolicies {
  private DemoPolicies() {}

  static List<StoredPolicy> stored(Instant asOf) {
    return List.of(
        policy(
            "triage-agent",
            "{\"ai_agent_id\": \"triage-agent\", \"owner_id\": \"%s\","
                + " \"access_level\": \"read_only_sensitive_data\","
                + " \"data_scope\": [\"%s\"], \"audit_frequency\": \"weekly\","
                + " \"geo_restrictions\": [\"westeurope\"], \"max_token_exp_minutes\": 60,"
                + " \"x_ticket\": \"SEC-1042\"}",
            asOf,
            EntraTenantStory.email("carol.diaz"),
            EntraTenantStory.GRAPH),
        policy(
            "research-summarizer",
            "{\"ai_agent_id\": \"research-summarizer\", \"owner_id\": \"%s\","
                + " \"access_level\": \"read_only\", \"data_scope\": [\"%s\"],"
                + " \"audit_frequency\": \"daily\", \"geo_restrictions\": [\"westeurope\"],"
                + " \"max_token_exp_minutes\": 60}",
            asOf,
            EntraTenantStory.email("alice.nguyen"),
            AwsAccountStory.LAKE),
        policy(
            "forecast-agent",
            "{\"ai_agent_id\": \"forecast-agent\", \"owner_id\": \"%s\","
                + " \"access_level\": \"read_only\", \"data_scope\": [\"%s\"],"
                + " \"audit_frequency\": \"daily\", \"geo_restrictions\": [\"us-east-1\"],"
                + " \"max_token_exp_minutes\": 10}",
            asOf,
            EntraTenantStory.email("bob.martens"),
            AwsAccountStory.LAKE),
        policy(
            "pricing-agent",
            "{\"ai_agent_id\": \"pricing-agent\", \"owner_id\": \"%s\","
                + " \"access_level\": \"read_write\", \"data_scope\": [\"pricing-tables\"],"
                + " \"max_token_exp_minutes\": 60}",
            asOf,
            EntraTenantStory.email("dan.kowalski")));
  }

  private static StoredPolicy policy(String agent, String format, Instant asOf, Object... args) {
    return new StoredPolicy(agent, String.format(Locale.ROOT, format, args), asOf);
  }
}
