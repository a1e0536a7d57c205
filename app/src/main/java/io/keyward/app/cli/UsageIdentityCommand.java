package io.keyward.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.cache.IdentityKeys;
import io.keyward.model.domain.Identity;
import io.keyward.model.scorecard.Estate;
import io.keyward.model.usage.GrantUse;
import io.keyward.model.usage.SeenAction;
import io.keyward.model.usage.UsageAnalysis;
import io.keyward.model.usage.UsageStatus;
import io.keyward.model.usage.UsedVsGranted;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code keyward usage identity TARGET [--days N] [--json]}: used vs granted. */
@Command(
    name = "identity",
    mixinStandardHelpOptions = true,
    description = {
      "Used vs granted for one identity: each grant it holds with its last use, and the actions"
          + " it was seen doing that no grant explains (denied attempts among them)."
    })
public final class UsageIdentityCommand extends UsageQuery {
  @Parameters(
      index = "0",
      paramLabel = "TARGET",
      description = "The identity: cache id, source id, email, credential, alert, name or login.")
  String target;

  @Override
  ObjectNode toJson(Loaded loaded) {
    Estate estate = loaded.estate();
    UsageAnalysis usage = loaded.usage();
    Identity identity = IdentityKeys.require(loaded.repository(), target);
    UsedVsGranted view = usage.identity(identity.id());
    ObjectNode root = UsageJson.window(usage);
    ObjectNode who = root.putObject("identity");
    who.put("id", identity.id());
    who.put("name", identity.name());
    who.put("kind", identity.kind().name());
    who.put("source", identity.sourceId());
    root.put("events", view.events());
    root.put("lastActivity", view.lastActivity() == null ? null : view.lastActivity().toString());
    GraphJson.array(root.putArray("held"), view.held(), g -> UsageJson.grant(estate, g));
    GraphJson.array(root.putArray("unexplained"), view.unexplained(), UsageJson::action);
    return root;
  }

  @Override
  String toText(Loaded loaded) {
    UsageAnalysis usage = loaded.usage();
    Identity identity = IdentityKeys.require(loaded.repository(), target);
    UsedVsGranted view = usage.identity(identity.id());
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s (%s, %s)%n%s in %d days: %d used, %d unused, %d unknown; %,d events%s%n",
            identity.name(),
            identity.kind().name().toLowerCase(Locale.ROOT),
            identity.id(),
            view.held().size() == 1 ? "1 grant" : view.held().size() + " grants",
            usage.days(),
            view.count(UsageStatus.USED),
            view.count(UsageStatus.UNUSED),
            view.count(UsageStatus.UNKNOWN),
            view.events(),
            view.lastActivity() == null ? "" : ", last " + view.lastActivity()));
    for (GrantUse use : view.held()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-7s %s on %s%n          %s%n",
              use.status().name(),
              use.grant().permission(),
              use.grant().resource(),
              use.evidence()));
    }
    if (!view.unexplained().isEmpty()) {
      out.append(String.format("Seen doing, explained by no grant:%n"));
      for (SeenAction action : view.unexplained()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %-7s %s%s x%d, last %s (event %s)%n",
                action.denied() ? "DENIED" : "ALLOWED",
                action.action(),
                action.resource() == null ? "" : " on " + action.resource(),
                action.count(),
                action.lastSeen(),
                action.lastEventId()));
      }
    }
    return out.toString().stripTrailing();
  }
}
