package io.keyward.model.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.json.FieldError;
import io.keyward.model.json.InvalidDocumentException;
import io.keyward.model.json.JsonFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes agent policy documents: one policy object, or a list of them. Every problem in a
 * document is reported at once, each with its field, what was expected and what was found; a
 * document with any problem is refused whole.
 */
public final class PolicyDocuments {
  static final String AGENT = "ai_agent_id";
  static final String OWNER = "owner_id";
  static final String ACCESS = "access_level";
  static final String SCOPE = "data_scope";
  static final String AUDIT = "audit_frequency";
  static final String GEO = "geo_restrictions";
  static final String MAX_TOKEN = "max_token_exp_minutes";
  private static final Set<String> KNOWN =
      Set.of(AGENT, OWNER, ACCESS, SCOPE, AUDIT, GEO, MAX_TOKEN);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PolicyDocuments() {}

  /**
   * Parses {@code text} as one policy or a list of them.
   *
   * @param what names the document in the error, e.g. the file name
   * @throws InvalidDocumentException naming every problem found
   */
  public static List<AgentPolicy> parse(String text, String what) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidDocumentException(
          what,
          List.of(
              new FieldError(
                  "line " + e.getLocation().getLineNr(),
                  "JSON",
                  Objects.requireNonNullElse(e.getOriginalMessage(), "unreadable text"))));
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidDocumentException(
          what,
          List.of(new FieldError("document", "a policy object or a list of them", "nothing")));
    }
    List<FieldError> errors = new ArrayList<>();
    List<AgentPolicy> policies = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<JsonNode> items = new ArrayList<>();
    boolean list = root instanceof ArrayNode;
    root.forEach(items::add);
    if (!list) {
      items = List.of(root);
    } else if (items.isEmpty()) {
      errors.add(new FieldError("document", "at least one policy", "the list []"));
    }
    for (int i = 0; i < items.size(); i++) {
      String path = list ? "[" + i + "]" : "";
      Optional<AgentPolicy> policy = read(items.get(i), path, errors);
      if (policy.isPresent() && !seen.add(policy.get().agentId())) {
        errors.add(
            new FieldError(
                path + (list ? "." : "") + AGENT,
                "one policy per agent",
                "a second policy for \"" + policy.get().agentId() + "\""));
      }
      policy.ifPresent(policies::add);
    }
    if (!errors.isEmpty()) {
      throw new InvalidDocumentException(what, errors);
    }
    return policies;
  }

  /** The document as stored and shown for editing: the original fields, indented. */
  public static String write(AgentPolicy policy) {
    try {
      return JSON.writeValueAsString(policy.document());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the policy of " + policy.agentId(), e);
    }
  }

  private static Optional<AgentPolicy> read(JsonNode node, String path, List<FieldError> errors) {
    Optional<JsonFields> object = JsonFields.object(node, path, "a policy object", errors);
    if (object.isEmpty()) {
      return Optional.empty();
    }
    JsonFields fields = object.get();
    int before = errors.size();
    String agent = fields.text(AGENT, true);
    String owner = fields.text(OWNER, true);
    String access = fields.oneOf(ACCESS, AccessLevel.jsonNames(), true);
    List<String> scope = fields.textList(SCOPE, false);
    String audit = fields.oneOf(AUDIT, AuditFrequency.jsonNames(), false);
    List<String> geo = fields.textList(GEO, false);
    Integer maxToken = fields.wholeNumber(MAX_TOKEN, 1, "minutes", false);
    if (errors.size() > before || agent == null || owner == null || access == null) {
      return Optional.empty();
    }
    return Optional.of(
        new AgentPolicy(
            agent,
            owner,
            AccessLevel.fromJson(access),
            scope,
            audit == null ? null : AuditFrequency.fromJson(audit),
            geo,
            maxToken,
            (ObjectNode) node,
            fields.otherFields(KNOWN)));
  }
}
