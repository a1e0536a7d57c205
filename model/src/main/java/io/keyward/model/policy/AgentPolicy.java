package io.keyward.model.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one agent may do. Absent optional fields restrict nothing of their kind.
 *
 * @param agentId {@code ai_agent_id}: the agent's identity id, external id or name in the cache
 * @param ownerId {@code owner_id}: the accountable human's identity id, external id or email
 * @param dataScope {@code data_scope}: the resources the agent may hold grants on (ids or names,
 *     each covering what lies beneath it); empty means any
 * @param geoRestrictions {@code geo_restrictions}: regions activity may come from; empty means any
 * @param maxTokenMinutes {@code max_token_exp_minutes}: the longest credential lifetime allowed
 * @param document the document as written, unknown fields included, which is what is stored
 * @param otherFields the fields Keyward does not know, kept in {@code document} untouched
 */
public record AgentPolicy(
    String agentId,
    String ownerId,
    AccessLevel accessLevel,
    List<String> dataScope,
    @Nullable AuditFrequency auditFrequency,
    List<String> geoRestrictions,
    @Nullable Integer maxTokenMinutes,
    ObjectNode document,
    List<String> otherFields) {

  public AgentPolicy {
    dataScope = List.copyOf(dataScope);
    geoRestrictions = List.copyOf(geoRestrictions);
    document = document.deepCopy();
    otherFields = List.copyOf(otherFields);
  }

  @Override
  public ObjectNode document() {
    return document.deepCopy();
  }
}
