package io.keyward.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.model.json.FieldError;
import io.keyward.model.json.InvalidDocumentException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyDocumentsTest {
  static final String GUIDE_EXAMPLE =
      "{\"ai_agent_id\":\"agent-alpha-001\",\"owner_id\":\"usr-sec-883\","
          + "\"access_level\":\"read_only_sensitive_data\","
          + "\"data_scope\":[\"customer_data_lake\",\"internal_audit_reports\"],"
          + "\"audit_frequency\":\"daily\",\"geo_restrictions\":[\"us-east-1\",\"eu-west-1\"],"
          + "\"max_token_exp_minutes\":60}";

  @Test
  void readsTheDomainGuidesExample() {
    AgentPolicy p = PolicyDocuments.parse(GUIDE_EXAMPLE, "example").get(0);
    assertThat(p.agentId()).isEqualTo("agent-alpha-001");
    assertThat(p.ownerId()).isEqualTo("usr-sec-883");
    assertThat(p.accessLevel()).isEqualTo(AccessLevel.READ_ONLY_SENSITIVE_DATA);
    assertThat(p.dataScope()).containsExactly("customer_data_lake", "internal_audit_reports");
    assertThat(p.auditFrequency()).isEqualTo(AuditFrequency.DAILY);
    assertThat(p.geoRestrictions()).containsExactly("us-east-1", "eu-west-1");
    assertThat(p.maxTokenMinutes()).isEqualTo(60);
    assertThat(p.otherFields()).isEmpty();
  }

  @Test
  void keepsUnknownFieldsThroughAWriteAndARead() {
    String withExtras =
        GUIDE_EXAMPLE.replace("{", "{\"x_ticket\":\"SEC-42\",\"x_reviewers\":[\"ann\",\"bob\"],");
    AgentPolicy p = PolicyDocuments.parse(withExtras, "extras").get(0);
    assertThat(p.otherFields()).containsExactly("x_ticket", "x_reviewers");
    String written = PolicyDocuments.write(p);
    assertThat(written).contains("\"x_ticket\" : \"SEC-42\"", "\"x_reviewers\"");
    assertThat(PolicyDocuments.parse(written, "again").get(0).document()).isEqualTo(p.document());
  }

  @Test
  void readsAListOfPolicies() {
    String list = "[" + GUIDE_EXAMPLE + "," + GUIDE_EXAMPLE.replace("alpha", "beta") + "]";
    assertThat(PolicyDocuments.parse(list, "list"))
        .extracting(AgentPolicy::agentId)
        .containsExactly("agent-alpha-001", "agent-beta-001");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing agent | {\"owner_id\":\"o\",\"access_level\":\"read_only\"}"
            + " | ai_agent_id: expected a non-empty string, found nothing",
        "blank agent | {\"ai_agent_id\":\" \",\"owner_id\":\"o\",\"access_level\":\"read_only\"}"
            + " | ai_agent_id: expected a non-empty string, found the string \" \"",
        "numeric owner | {\"ai_agent_id\":\"a\",\"owner_id\":42,\"access_level\":\"read_only\"}"
            + " | owner_id: expected a non-empty string, found the number 42",
        "unknown access level | {\"ai_agent_id\":\"a\",\"owner_id\":\"o\",\"access_level\":\"god\"}"
            + " | access_level: expected one of read_only, read_only_sensitive_data, read_write,"
            + " read_write_sensitive_data, admin, found the string \"god\"",
        "scope not a list | {\"ai_agent_id\":\"a\",\"owner_id\":\"o\",\"access_level\":\"admin\","
            + "\"data_scope\":\"lake\"} | data_scope: expected a list of strings, found the string"
            + " \"lake\"",
        "scope item not text | {\"ai_agent_id\":\"a\",\"owner_id\":\"o\",\"access_level\":\"admin\","
            + "\"data_scope\":[\"lake\",7]} | data_scope[1]: expected a non-empty string, found the"
            + " number 7",
        "unknown frequency | {\"ai_agent_id\":\"a\",\"owner_id\":\"o\",\"access_level\":\"admin\","
            + "\"audit_frequency\":\"yearly\"} | audit_frequency: expected one of hourly, daily,"
            + " weekly, monthly, quarterly, found the string \"yearly\"",
        "minutes as text | {\"ai_agent_id\":\"a\",\"owner_id\":\"o\",\"access_level\":\"admin\","
            + "\"max_token_exp_minutes\":\"60\"} | max_token_exp_minutes: expected a whole number of"
            + " minutes of at least 1, found the string \"60\"",
        "zero minutes | {\"ai_agent_id\":\"a\",\"owner_id\":\"o\",\"access_level\":\"admin\","
            + "\"max_token_exp_minutes\":0} | max_token_exp_minutes: expected a whole number of"
            + " minutes of at least 1, found the number 0",
        "fractional minutes | {\"ai_agent_id\":\"a\",\"owner_id\":\"o\",\"access_level\":\"admin\","
            + "\"max_token_exp_minutes\":1.5} | max_token_exp_minutes: expected a whole number of"
            + " minutes of at least 1, found the number 1.5",
        "geo not a list | {\"ai_agent_id\":\"a\",\"owner_id\":\"o\",\"access_level\":\"admin\","
            + "\"geo_restrictions\":{\"us\":1}} | geo_restrictions: expected a list of strings,"
            + " found the object {\"us\":1}",
        "not an object | 42 | document: expected a policy object, found the number 42",
        "empty list | [] | document: expected at least one policy, found the list []",
        "list item not an object | [\"a\"] | [0]: expected a policy object, found the string \"a\"",
        "broken JSON | {\"ai_agent_id\": | line 1: expected JSON",
      })
  void refusesEachMalformedInputWithItsMessage(String name, String json, String message) {
    assertThatThrownBy(() -> PolicyDocuments.parse(json, "policy.json"))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageStartingWith("policy.json is invalid: ")
        .hasMessageContaining(message);
  }

  @Test
  void reportsEveryProblemOfADocumentAtOnceWithItsPath() {
    String json =
        "["
            + GUIDE_EXAMPLE
            + ",{\"ai_agent_id\":\"b\",\"access_level\":\"rw\"},"
            + GUIDE_EXAMPLE
            + "]";
    assertThatThrownBy(() -> PolicyDocuments.parse(json, "p.json"))
        .isInstanceOfSatisfying(
            InvalidDocumentException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("[1].owner_id", "[1].access_level", "[2].ai_agent_id"));
  }

  @Test
  void theDuplicateAgentErrorNamesTheAgent() {
    String json = "[" + GUIDE_EXAMPLE + "," + GUIDE_EXAMPLE + "]";
    assertThatThrownBy(() -> PolicyDocuments.parse(json, "p.json"))
        .hasMessageContaining(
            "[1].ai_agent_id: expected one policy per agent, found a second policy for"
                + " \"agent-alpha-001\"");
  }

  @Test
  void foundValuesAreShortened() {
    String longScope = "x".repeat(200);
    assertThatThrownBy(
            () ->
                PolicyDocuments.parse(
                    "{\"ai_agent_id\":\"a\",\"owner_id\":\"o\",\"access_level\":\""
                        + longScope
                        + "\"}",
                    "p"))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(260).contains("…"));
    assertThat(List.of(AccessLevel.values())).hasSize(5);
  }
}
