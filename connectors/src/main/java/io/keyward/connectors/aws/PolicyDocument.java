package io.keyward.connectors.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An IAM policy document: its statements with actions, resources, principals and conditions. The
 * API sends documents URL-encoded (RFC 3986), the CLI as nested JSON; both are read here.
 */
record PolicyDocument(List<Statement> statements) {
  private static final ObjectMapper JSON = new ObjectMapper();

  PolicyDocument {
    statements = List.copyOf(statements);
  }

  /**
   * Reads a document given as a JSON object, a JSON string holding the document, or a URL-encoded
   * string holding it.
   *
   * @throws IllegalArgumentException saying what is wrong when it is none of these
   */
  static PolicyDocument read(JsonNode given) {
    JsonNode document = given.isTextual() ? parse(given.asText()) : given;
    if (!document.isObject()) {
      throw new IllegalArgumentException("the policy document is not a JSON object");
    }
    List<Statement> statements = new ArrayList<>();
    JsonNode statement = document.path("Statement");
    if (statement.isObject()) {
      statements.add(Statement.of(statement));
    } else {
      for (JsonNode each : statement) {
        statements.add(Statement.of(each));
      }
    }
    return new PolicyDocument(statements);
  }

  /** The document's JSON text, decoded when IAM sent it URL-encoded. */
  static String json(String text) {
    return text.stripLeading().startsWith("{") ? text : decode(text);
  }

  private static JsonNode parse(String text) {
    String json = json(text);
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the policy document is not JSON: " + e.getOriginalMessage());
    }
  }

  private static String decode(String encoded) {
    try {
      // RFC 3986 never leaves a literal '+': AWS encodes it as %2B, so '+' meaning space is moot.
      return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the policy document is neither JSON nor URL-encoded JSON: " + e.getMessage());
    }
  }

  /**
   * One statement. {@code negatedActions}/{@code negatedResources} mark {@code NotAction} and
   * {@code NotResource}: the statement covers everything except the listed ones.
   *
   * @param principal the {@code Principal} element of a trust policy, null in identity policies
   * @param condition the {@code Condition} element as compact JSON, null when there is none
   */
  record Statement(
      boolean allow,
      List<String> actions,
      boolean negatedActions,
      List<String> resources,
      boolean negatedResources,
      @Nullable JsonNode principal,
      @Nullable String condition) {

    Statement {
      actions = List.copyOf(actions);
      resources = List.copyOf(resources);
    }

    static Statement of(JsonNode statement) {
      if (!statement.isObject()) {
        throw new IllegalArgumentException("a policy statement is not a JSON object");
      }
      boolean negatedActions = !statement.has("Action") && statement.has("NotAction");
      boolean negatedResources = !statement.has("Resource") && statement.has("NotResource");
      JsonNode condition = statement.get("Condition");
      return new Statement(
          "Allow".equals(statement.path("Effect").asText()),
          strings(statement.path(negatedActions ? "NotAction" : "Action")),
          negatedActions,
          strings(statement.path(negatedResources ? "NotResource" : "Resource")),
          negatedResources,
          statement.get("Principal"),
          condition == null || condition.isEmpty() ? null : condition.toString());
    }
  }

  /** A string or an array of strings, as IAM allows for Action, Resource and principals. */
  static List<String> strings(JsonNode node) {
    if (node.isTextual()) {
      return List.of(node.asText());
    }
    List<String> values = new ArrayList<>();
    for (JsonNode each : node) {
      if (each.isTextual()) {
        values.add(each.asText());
      }
    }
    return values;
  }
}
