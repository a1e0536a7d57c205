package io.keyward.model.scorecard.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.cache.ScoreEntry;
import io.keyward.model.scorecard.Control;
import io.keyward.model.scorecard.Evidence;
import io.keyward.model.scorecard.Finding;
import io.keyward.model.scorecard.MaturityStep;
import io.keyward.model.scorecard.NextMove;
import io.keyward.model.scorecard.PolicyViolation;
import io.keyward.model.scorecard.Risk;
import io.keyward.model.scorecard.ScoreReport;
import io.keyward.model.scorecard.Scorecard;
import io.keyward.model.scorecard.Status;
import java.util.List;
import java.util.Map;

/**
 * The scorecard as JSON. A contract for scripts (docs/scorecard.md lists every key): keys are only
 * ever added, never renamed or removed; criteria keep their ids.
 */
public final class ScorecardJson {
  /** Bumped only if a key ever had to change meaning. */
  public static final int FORMAT = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ScorecardJson() {}

  public static String write(ScoreReport report) {
    Scorecard s = report.scorecard();
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("scope", s.scope().cliForm());
    root.put("scopeLabel", s.scope().label());
    root.put("computedAt", s.computedAt().toString());
    step(root.putObject("level"), s.level());
    s.next()
        .ifPresentOrElse(next -> step(root.putObject("next"), next), () -> root.putNull("next"));
    ObjectNode counts = root.putObject("counts");
    for (Status status : Status.values()) {
      counts.put(status.name(), s.count(status));
    }
    ArrayNode criteria = root.putArray("criteria");
    s.findings().forEach(f -> criterion(criteria.addObject(), f));
    ArrayNode moves = root.putArray("nextMoves");
    for (NextMove move : s.nextMoves()) {
      ObjectNode m = moves.addObject();
      m.put("criterion", move.finding().id());
      m.put("status", move.finding().status().name());
      m.put("points", move.points());
      m.put("size", move.size().name());
      m.put("action", move.action());
    }
    ObjectNode risks = root.putObject("risks");
    for (Map.Entry<Risk, List<Finding>> risk : s.openByRisk().entrySet()) {
      ArrayNode open = risks.putObject(risk.getKey().name()).putArray("open");
      risk.getValue().forEach(f -> open.add(f.id()));
    }
    ArrayNode violations = root.putArray("policyViolations");
    for (PolicyViolation v : s.violations()) {
      ObjectNode o = violations.addObject();
      o.put("policy", v.policyAgentId());
      o.put("agentId", v.agentId());
      o.put("kind", v.kind().name());
      o.put("detail", v.detail());
      o.put("itemKind", v.itemKind() == null ? null : v.itemKind().name());
      o.put("itemId", v.itemId());
    }
    try {
      root.set("thresholds", JSON.readTree(s.thresholds().toJson()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    ArrayNode history = root.putArray("history");
    for (ScoreEntry entry : report.history()) {
      ObjectNode h = history.addObject();
      h.put("syncRunId", entry.syncRunId());
      h.put("computedAt", entry.computedAt().toString());
      h.put("level", entry.level());
      for (Status status : Status.values()) {
        h.put(status.name(), entry.count(status.name()));
      }
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the scorecard", e);
    }
  }

  private static void step(ObjectNode node, MaturityStep step) {
    node.put("number", step.number());
    node.put("name", step.name());
    node.put("title", step.title());
  }

  private static void criterion(ObjectNode c, Finding f) {
    c.put("id", f.id());
    c.put("step", f.criterion().step().name());
    c.put("stepNumber", f.criterion().step().number());
    c.put("title", f.criterion().title());
    c.put("status", f.status().name());
    c.put("explanation", f.explanation());
    c.put("remediation", f.criterion().remediation());
    c.put("checked", f.checked());
    c.put("effort", f.criterion().effort().name());
    ArrayNode risks = c.putArray("risks");
    f.criterion().risks().stream().sorted().forEach(r -> risks.add(r.name()));
    ArrayNode controls = c.putArray("controls");
    for (Control control : f.criterion().controls()) {
      ObjectNode o = controls.addObject();
      o.put("framework", control.framework().name());
      o.put("id", control.id());
      o.put("title", control.title());
    }
    ArrayNode evidence = c.putArray("evidence");
    for (Evidence e : f.evidence()) {
      ObjectNode o = evidence.addObject();
      o.put("kind", e.kind().name());
      o.put("what", e.what());
      o.put("count", e.count());
      ArrayNode ids = o.putArray("ids");
      e.ids().forEach(ids::add);
    }
  }
}
