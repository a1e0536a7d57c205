package io.keyward.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.graph.BlastRadius;
import io.keyward.model.graph.ChainSet;
import io.keyward.model.graph.DelegationChain;
import io.keyward.model.graph.DelegationCycle;
import io.keyward.model.graph.EffectiveGrant;
import io.keyward.model.graph.Escalation;
import io.keyward.model.graph.GraphEdge;
import io.keyward.model.graph.GraphNode;
import io.keyward.model.graph.ReachedIdentity;
import io.keyward.model.graph.ReachedResource;
import io.keyward.model.graph.ResourceAccess;
import io.keyward.model.risk.RiskFactor;
import io.keyward.model.risk.RiskScore;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON shapes of the graph and risk commands, documented in docs/graph.md. Keys are only ever
 * added, never renamed or removed: scripts parse these.
 */
final class GraphJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GraphJson() {}

  static String write(ObjectNode root) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ObjectNode node(GraphNode node) {
    ObjectNode json = object();
    json.put("id", node.id());
    json.put("name", node.name());
    json.put("kind", node.kind() == null ? "EXTERNAL" : node.kind().name());
    json.put("source", node.sourceId());
    json.put("enabled", node.enabled());
    return json;
  }

  static ObjectNode edge(GraphEdge edge) {
    ObjectNode json = object();
    json.put("delegation", edge.delegationId());
    json.put("from", edge.fromId());
    json.put("to", edge.toId());
    json.put("kind", edge.kind().name());
    strings(json.putArray("scope"), edge.scope());
    json.put("condition", edge.condition());
    json.put("admission", edge.admission());
    return json;
  }

  static ObjectNode blastRadius(BlastRadius radius) {
    ObjectNode root = object();
    root.set("start", node(radius.start()));
    ArrayNode identities = root.putArray("identities");
    for (ReachedIdentity reached : radius.identities()) {
      ObjectNode json = node(reached.node());
      json.put("depth", reached.depth());
      json.put("conditional", reached.conditional());
      json.set("via", reached.via() == null ? null : edge(reached.via()));
      identities.add(json);
    }
    ArrayNode grants = root.putArray("grants");
    for (EffectiveGrant grant : radius.grants()) {
      ObjectNode json = grants.addObject();
      json.put("permission", grant.permission());
      json.put("resource", grant.resource());
      json.put("privilege", grant.privilege().name());
      json.put("holder", grant.holderId());
      json.put("condition", grant.condition());
      json.put("conditionalPath", grant.conditionalPath());
    }
    ArrayNode resources = root.putArray("resources");
    for (ReachedResource reached : radius.resources()) {
      ObjectNode json = resources.addObject();
      json.put("id", reached.resource().id());
      json.put("name", reached.resource().name());
      json.put("kind", reached.resource().kind().name());
      json.put("sensitive", reached.resource().sensitive());
      json.put("privilege", reached.privilege().name());
      strings(json.putArray("permissions"), reached.permissions());
      json.put("holder", reached.holderId());
      json.put("conditional", reached.conditional());
    }
    return root;
  }

  static ObjectNode chain(DelegationChain chain) {
    ObjectNode json = object();
    strings(json.putArray("principals"), chain.principals());
    array(json.putArray("hops"), chain.hops(), GraphJson::edge);
    array(json.putArray("escalations"), chain.escalations(), GraphJson::escalation);
    return json;
  }

  static ObjectNode chains(ChainSet set) {
    ObjectNode root = object();
    root.set("identity", node(set.identity()));
    root.put("depth", set.depth());
    root.put("truncated", set.truncated());
    array(root.putArray("chains"), set.chains(), GraphJson::chain);
    return root;
  }

  static ObjectNode escalation(Escalation escalation) {
    ObjectNode json = object();
    json.put("hop", escalation.hop());
    json.put("widenedBy", escalation.widenedBy());
    strings(json.putArray("extraScope"), escalation.extraScope());
    json.set("received", edge(escalation.received()));
    json.set("exercised", edge(escalation.exercised()));
    array(json.putArray("chain"), escalation.chain(), GraphJson::edge);
    return json;
  }

  static ObjectNode access(ResourceAccess access) {
    ObjectNode root = object();
    ObjectNode resource = root.putObject("resource");
    resource.put("id", access.resource().id());
    resource.put("name", access.resource().name());
    resource.put("kind", access.resource().kind().name());
    resource.put("sensitive", access.resource().sensitive());
    ArrayNode principals = root.putArray("principals");
    for (ReachedIdentity reached : access.principals()) {
      ObjectNode json = node(reached.node());
      json.put("hops", reached.depth());
      json.put("conditional", reached.conditional());
      json.set("next", reached.via() == null ? null : edge(reached.via()));
      principals.add(json);
    }
    return root;
  }

  static ObjectNode cycle(DelegationCycle cycle) {
    ObjectNode json = object();
    strings(json.putArray("members"), cycle.members());
    array(json.putArray("hops"), cycle.hops(), GraphJson::edge);
    return json;
  }

  static ObjectNode risk(RiskScore score) {
    ObjectNode json = node(score.identity());
    json.put("score", score.score());
    ArrayNode factors = json.putArray("factors");
    for (RiskFactor factor : score.factors()) {
      ObjectNode f = factors.addObject();
      f.put("factor", factor.kind().name());
      f.put("label", factor.kind().label());
      f.put("points", factor.points());
      f.put("max", factor.kind().maxPoints());
      f.put("reason", factor.reason());
    }
    return json;
  }

  static <T> void array(ArrayNode array, List<T> items, Function<T, ObjectNode> toJson) {
    items.forEach(item -> array.add(toJson.apply(item)));
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
