package io.keyward.app.cli;

import io.keyward.connectors.revoke.LostAccess;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.RevocationTarget;
import io.keyward.connectors.revoke.Revocations;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.RevocationEntry;
import io.keyward.model.domain.Revocation;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import io.keyward.model.graph.GraphIndex;
import java.io.Console;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code keyward revoke ACTION TARGET}: prints the preflight, then dry-runs or executes through the
 * source's revoker and verifies; every attempt lands in the audit log.
 */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    description = "Cut access at the source: preflight, confirm, execute, verify, audit.")
public final class RevokeCommand implements Callable<Integer> {
  private static final Set<RevocationOutcome> SUCCESS =
      Set.of(
          RevocationOutcome.DRY_RUN,
          RevocationOutcome.DONE,
          RevocationOutcome.ALREADY_DONE,
          RevocationOutcome.UNDONE);

  @ParentCommand KeywardCommand parent;
  @Mixin CacheOption cache = new CacheOption();
  @Mixin ProfilesOption profiles = new ProfilesOption();
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "ACTION",
      description =
          "disable-credential, delete-credential, remove-grant, remove-delegation,"
              + " disable-identity, revoke-sessions or rotate-secret.")
  String action;

  @Parameters(
      index = "1",
      paramLabel = "TARGET",
      description = "A cache id, an external id, or a unique identity name or email.")
  String target;

  @Option(names = "--dry-run", description = "Print and audit the preflight; send nothing.")
  boolean dryRun;

  @Option(names = "--yes", description = "Do not ask for typed confirmation.")
  boolean yes;

  @Option(names = "--undo", description = "Reverse an earlier revocation where the source allows.")
  boolean undo;

  @Option(
      names = "--alert",
      paramLabel = "ID",
      description = "The alert that led to this; the time from it is measured.")
  @Nullable String alertId;

  @Override
  public Integer call() {
    CliEnvironment environment = parent.environment();
    RevocationAction chosen = RevocationAction.ofCliName(action);
    PrintWriter out = spec.commandLine().getOut();
    try (Cache opened = ExistingCache.open(cache.file())) {
      Revocations revocations =
          new Revocations(
              opened,
              environment.connectors(),
              profiles.profiles(environment)::find,
              environment.connect(),
              Revocations.actorOf(environment.connect()),
              Clock.systemUTC());
      RevocationTarget resolved = revocations.resolve(target);
      Preflight preflight = revocations.preflight(chosen, resolved);
      out.println(preflight.text());
      new LostAccess(
              GraphIndex.load(opened.repository(), opened.clock().instant()), opened.repository())
          .of(resolved)
          .forEach(out::println);
      if (dryRun) {
        return report(out, revocations.dryRun(preflight, alertId));
      }
      if (preflight.destructive() && !yes && !confirmed(out, resolved.id())) {
        throw new IllegalArgumentException("not confirmed; nothing was sent");
      }
      RevocationEntry entry =
          undo ? revocations.undo(preflight) : revocations.execute(preflight, alertId);
      return report(out, entry);
    }
  }

  private static int report(PrintWriter out, RevocationEntry entry) {
    Revocation r = entry.revocation();
    out.println(
        r.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + ": "
            + r.result());
    if (!r.verification().isEmpty()) {
      out.println("verified: " + r.verification());
    }
    if (entry.alertToRevocation() != null) {
      out.println("alert to revocation: " + entry.alertToRevocation());
    }
    out.println("audit entry " + entry.sequence() + " " + entry.hash());
    out.flush();
    return SUCCESS.contains(r.outcome()) ? 0 : UserErrors.FAILURE;
  }

  /**
   * Typed confirmation: the target's cache id, read from the terminal. Without one (a script, a
   * pipe) nothing is confirmed: scripts pass --yes deliberately.
   */
  private static boolean confirmed(PrintWriter out, String id) {
    out.println("This cannot be undone. Type " + id + " to confirm:");
    out.flush();
    Console console = System.console();
    String line = console == null ? null : console.readLine();
    return line != null && line.strip().equals(id);
  }
}
