package io.keyward.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.domain.Grant;
import io.keyward.model.scorecard.Estate;
import io.keyward.model.usage.GrantUse;
import io.keyward.model.usage.LastUse;
import io.keyward.model.usage.SeenAction;
import io.keyward.model.usage.UsageAnalysis;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The JSON of {@code keyward usage}: keys are a contract, listed in docs/usage.md. */
final class UsageJson {
  private UsageJson() {}

  static ObjectNode window(UsageAnalysis usage) {
    ObjectNode root = GraphJson.object();
    root.put("days", usage.days());
    root.put("cutoff", usage.cutoff().toString());
    return root;
  }

  static ObjectNode grant(Estate estate, GrantUse use) {
    Grant grant = use.grant();
    ObjectNode json = GraphJson.object();
    json.put("grant", grant.id());
    json.put("principal", grant.principalId());
    json.put("principalName", estate.identity(grant.principalId()).map(i -> i.name()).orElse(null));
    json.put("source", grant.sourceId());
    json.put("permission", grant.permission());
    json.put("resource", grant.resource());
    json.put("privilege", grant.privilege().name());
    json.put("status", use.status().name());
    json.set("lastUse", lastUse(use.lastUse()));
    json.put("evidence", use.evidence());
    return json;
  }

  static @Nullable ObjectNode lastUse(@Nullable LastUse use) {
    if (use == null) {
      return null;
    }
    ObjectNode json = GraphJson.object();
    json.put("time", use.time().toString());
    json.put("basis", use.basis().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    json.put("eventId", use.eventId());
    return json;
  }

  static ObjectNode action(SeenAction action) {
    ObjectNode json = GraphJson.object();
    json.put("action", action.action());
    json.put("resource", action.resource());
    json.put("denied", action.denied());
    json.put("count", action.count());
    json.put("lastSeen", action.lastSeen().toString());
    json.put("lastEventId", action.lastEventId());
    return json;
  }
}
