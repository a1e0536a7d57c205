package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Fixture.AWS;
import static io.keyward.model.scorecard.Fixture.TRAIL;
import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.policy.PolicyDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of violation, planted once, found once. */
class PolicyViolationsTest {

  static String policy(String extra) {
    return "{\"ai_agent_id\":\"bot\",\"owner_id\":\"ann\",\"access_level\":\"read_only\""
        + extra
        + "}";
  }

  static List<PolicyViolation> check(Fixture fixture) {
    Estate estate = fixture.build();
    return new PolicyViolations(estate).all();
  }

  static Fixture agent() {
    return Fixture.with(AWS, TRAIL).human("ann").agent("bot", "ann").synced(AWS, 1);
  }

  @Test
  void aCompliantAgentHasNone() {
    assertThat(
            check(
                agent()
                    .token("t", "bot", 30)
                    .grant("g", "bot", "read", "lake/raw", Privilege.READ)
                    .event("e", TRAIL, 5, AccessEventType.SIGN_IN, "bot", null, "us-east-1")
                    .policy(
                        policy(
                            ",\"max_token_exp_minutes\":60,\"data_scope\":[\"lake\"],"
                                + "\"geo_restrictions\":[\"us-east-1\"],\"audit_frequency\":\"daily\""))))
        .isEmpty();
  }

  @Test
  void tokenLifetime() {
    List<PolicyViolation> v =
        check(
            agent()
                .token("short", "bot", 30)
                .token("long", "bot", 240)
                .staticKey("forever", "bot", 3)
                .policy(policy(",\"max_token_exp_minutes\":60")));
    assertThat(v).allMatch(x -> x.kind() == ViolationKind.TOKEN_LIFETIME);
    assertThat(v).extracting(PolicyViolation::itemId).containsExactly("long", "forever");
    assertThat(v.get(0).detail()).isEqualTo("long lives 240 min (limit 60 min)");
    assertThat(v.get(1).detail()).isEqualTo("forever never expires (limit 60 min)");
  }

  @Test
  void dataScopeMatchesIdsNamesAndWhatLiesBeneath() {
    List<PolicyViolation> v =
        check(
            agent()
                .resource("res-1", ResourceKind.DATASET, false)
                .grant("by-name", "bot", "read", "res-1", Privilege.READ)
                .grant("beneath", "bot", "read", "lake/raw/2026", Privilege.READ)
                .grant("outside", "bot", "read", "billing", Privilege.READ)
                .grant("wildcard", "bot", "read", "*", Privilege.READ)
                .policy(policy(",\"data_scope\":[\"lake\",\"res-1\"]")));
    assertThat(v).allMatch(x -> x.kind() == ViolationKind.DATA_SCOPE);
    assertThat(v).extracting(PolicyViolation::itemId).containsExactly("outside", "wildcard");
  }

  @Test
  void accessLevelCoversStrengthAndSensitiveData() {
    List<PolicyViolation> v =
        check(
            agent()
                .resource("pii", ResourceKind.DATASET, true)
                .grant("write", "bot", "s3:PutObject", "lake", Privilege.WRITE)
                .grant("sensitive", "bot", "read", "pii", Privilege.READ)
                .grant("fine", "bot", "read", "lake", Privilege.READ)
                .policy(policy("")));
    assertThat(v).allMatch(x -> x.kind() == ViolationKind.ACCESS_LEVEL);
    assertThat(v).extracting(PolicyViolation::itemId).containsExactly("write", "sensitive");
    assertThat(v.get(0).detail()).isEqualTo("s3:PutObject on lake is write under read_only");
  }

  @Test
  void geographyGroupsEventsByRegion() {
    List<PolicyViolation> v =
        check(
            agent()
                .event("e1", TRAIL, 5, AccessEventType.SIGN_IN, "bot", null, "us-east-1")
                .event("e2", TRAIL, 6, AccessEventType.SIGN_IN, "bot", null, "ap-south-1")
                .event("e3", TRAIL, 7, AccessEventType.ACCESS_ALLOWED, "bot", null, "ap-south-1")
                .event("other", TRAIL, 7, AccessEventType.SIGN_IN, "ann", null, "ap-south-1")
                .policy(policy(",\"geo_restrictions\":[\"us-east-1\"]")));
    assertThat(v)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.kind()).isEqualTo(ViolationKind.GEOGRAPHY);
              assertThat(x.detail()).startsWith("2 events from ap-south-1, outside [us-east-1]");
            });
  }

  @Test
  void ownerMissingDisabledOrNotHuman() {
    assertThat(check(Fixture.with(AWS).agent("bot", null).policy(policy(""))))
        .singleElement()
        .satisfies(
            x -> assertThat(x.detail()).isEqualTo("owner ann is not in any connected source"));
    assertThat(check(Fixture.with(AWS).disabledHuman("ann").agent("bot", null).policy(policy(""))))
        .singleElement()
        .satisfies(x -> assertThat(x.detail()).isEqualTo("owner ann is disabled"));
    assertThat(check(Fixture.with(AWS).agent("ann", null).agent("bot", null).policy(policy(""))))
        .singleElement()
        .satisfies(x -> assertThat(x.kind()).isEqualTo(ViolationKind.OWNER));
  }

  @Test
  void auditFrequencyComparesTheLastCompletedSync() {
    assertThat(check(agent().policy(policy(",\"audit_frequency\":\"hourly\"")))).isEmpty();
    assertThat(
            check(
                Fixture.with(AWS)
                    .human("ann")
                    .agent("bot", "ann")
                    .synced(AWS, 30)
                    .policy(policy(",\"audit_frequency\":\"daily\""))))
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.detail())
                    .isEqualTo("its source was last synced 30 h ago; the policy asks for daily"));
  }

  @Test
  void anAgentNoIdentityMatches() {
    assertThat(check(Fixture.with(AWS).human("ann").policy(policy(""))))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.kind()).isEqualTo(ViolationKind.AGENT_NOT_FOUND);
              assertThat(x.agentId()).isNull();
            });
  }

  @Test
  void theAgentIsFoundByExternalIdOrName() {
    Estate estate = Fixture.with(AWS).agent("bot", null).build();
    var byExternal =
        PolicyDocuments.parse(
                "{\"ai_agent_id\":\"ext-bot\",\"owner_id\":\"x\",\"access_level\":\"admin\"}", "p")
            .get(0);
    assertThat(new PolicyViolations(estate).agentOf(byExternal))
        .get()
        .extracting(i -> i.id())
        .isEqualTo("bot");
  }
}
