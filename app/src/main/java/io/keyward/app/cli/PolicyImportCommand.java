package io.keyward.app.cli;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.StoredPolicy;
import io.keyward.model.policy.AgentPolicy;
import io.keyward.model.policy.PolicyDocuments;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keyward policy import FILE}: validates a policy file and keeps its policies. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import agent policies (one JSON object or a list) into the cache, replacing those of the"
          + " same agents.",
      "A file with any invalid policy is refused whole; every problem is listed."
    })
public final class PolicyImportCommand implements Callable<Integer> {
  @Mixin CacheOption cache = new CacheOption();
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Policy JSON file.")
  Path file;

  @Override
  public Integer call() throws IOException {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no file " + file);
    }
    List<AgentPolicy> policies = PolicyDocuments.parse(text, file.getFileName().toString());
    try (Cache opened = ExistingCache.open(cache.file())) {
      Instant now = opened.clock().instant();
      opened.savePolicies(
          policies.stream()
              .map(p -> new StoredPolicy(p.agentId(), PolicyDocuments.write(p), now))
              .toList());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Imported "
            + policies.size()
            + (policies.size() == 1 ? " policy" : " policies")
            + " from "
            + file.getFileName()
            + ": "
            + String.join(", ", policies.stream().map(AgentPolicy::agentId).toList()));
    out.flush();
    return 0;
  }
}
