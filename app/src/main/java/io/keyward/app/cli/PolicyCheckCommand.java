package io.keyward.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.cache.Cache;
import io.keyward.model.policy.AgentPolicy;
import io.keyward.model.scorecard.Estate;
import io.keyward.model.scorecard.EstateLoader;
import io.keyward.model.scorecard.PolicyViolation;
import io.keyward.model.scorecard.PolicyViolations;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code keyward policy check}: every violation of every stored policy. Exits 2 when there is any,
 * so a script can gate on it.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check the cache against the stored agent policies: token lifetime, data scope, access"
          + " level, geography, owner, audit frequency.",
      "Exit code 0 when every agent keeps to its policy, 2 when any breaks it."
    })
public final class PolicyCheckCommand implements Callable<Integer> {
  static final int VIOLATIONS = 2;

  @Mixin CacheOption cache = new CacheOption();
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print JSON (a stable contract, see docs/scorecard.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<AgentPolicy> policies;
    List<PolicyViolation> violations;
    PolicyViolations check;
    try (OpenedCache read = ExistingCache.read(cache.file())) {
      Cache opened = read.cache();
      Estate estate = EstateLoader.load(opened);
      check = new PolicyViolations(estate);
      policies = estate.policies();
      violations = check.all();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? toJson(policies, violations, check) : toText(policies, violations));
    out.flush();
    return violations.isEmpty() ? 0 : VIOLATIONS;
  }

  /** Keys are only ever added, never renamed or removed. */
  static String toJson(
      List<AgentPolicy> policies, List<PolicyViolation> violations, PolicyViolations check)
      throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("policies", policies.size());
    root.put("violations", violations.size());
    ArrayNode agents = root.putArray("agents");
    for (AgentPolicy policy : policies) {
      ObjectNode agent = agents.addObject();
      agent.put("policy", policy.agentId());
      agent.put("agentId", check.agentOf(policy).map(i -> i.id()).orElse(null));
      ArrayNode list = agent.putArray("violations");
      for (PolicyViolation v : violations) {
        if (v.policyAgentId().equals(policy.agentId())) {
          ObjectNode o = list.addObject();
          o.put("kind", v.kind().name());
          o.put("detail", v.detail());
          o.put("itemKind", v.itemKind() == null ? null : v.itemKind().name());
          o.put("itemId", v.itemId());
        }
      }
    }
    return mapper.writeValueAsString(root);
  }

  private static String toText(List<AgentPolicy> policies, List<PolicyViolation> violations) {
    if (policies.isEmpty()) {
      return "No agent policies in the cache; import some with 'keyward policy import FILE'.";
    }
    StringBuilder text = new StringBuilder();
    for (AgentPolicy policy : policies) {
      List<PolicyViolation> own =
          violations.stream().filter(v -> v.policyAgentId().equals(policy.agentId())).toList();
      text.append(policy.agentId())
          .append(own.isEmpty() ? ": keeps to its policy" : ": " + own.size() + " violations")
          .append('\n');
      for (PolicyViolation v : own) {
        text.append("  ").append(v.kind().title()).append(": ").append(v.detail()).append('\n');
      }
    }
    text.append(violations.size())
        .append(" violations of ")
        .append(policies.size())
        .append(" policies");
    return text.toString();
  }
}
