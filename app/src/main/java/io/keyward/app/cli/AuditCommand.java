package io.keyward.app.cli;

import io.keyward.model.cache.AuditCheck;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.RevocationEntry;
import io.keyward.model.cache.RevocationFilter;
import io.keyward.model.domain.Revocation;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keyward audit}: the revocation audit log. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "List, show or verify the revocation audit log.",
    subcommands = {
      AuditCommand.Verify.class,
      AuditCommand.ListEntries.class,
      AuditCommand.Show.class
    })
public final class AuditCommand {

  /** {@code keyward audit verify}: exit 0 only when the hash chain is intact. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "Check the audit's hash chain for edited, removed or reordered entries.")
  static final class Verify implements Callable<Integer> {
    @Mixin CacheOption cache = new CacheOption();
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (OpenedCache read = ExistingCache.read(cache.file())) {
        Cache opened = read.cache();
        AuditCheck check = opened.revocationLog().verify();
        check.problems().forEach(out::println);
        out.println(
            (check.intact() ? "intact: " : "BROKEN: ")
                + check.entries()
                + " entries, head "
                + check.head());
        out.flush();
        return check.intact() ? 0 : UserErrors.FAILURE;
      }
    }
  }

  /** {@code keyward audit list}: newest first, one line each. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List audit entries.")
  static final class ListEntries implements Callable<Integer> {
    @Mixin CacheOption cache = new CacheOption();
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (OpenedCache read = ExistingCache.read(cache.file())) {
        Cache opened = read.cache();
        for (RevocationEntry entry : opened.revocationLog().list(RevocationFilter.ALL)) {
          Revocation r = entry.revocation();
          out.println(
              String.join(
                  "  ",
                  Long.toString(entry.sequence()),
                  r.time().toString(),
                  r.actor(),
                  r.action().cliName(),
                  r.targetId(),
                  r.outcome().name()));
        }
        out.flush();
        return 0;
      }
    }
  }

  /** {@code keyward audit show SEQ}: one entry whole, with what it saved for its undo. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Print one audit entry whole: preflight, result, verification, saved state.")
  static final class Show implements Callable<Integer> {
    @Mixin CacheOption cache = new CacheOption();
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SEQ", description = "The entry's number, as audit list shows it.")
    long sequence;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (OpenedCache read = ExistingCache.read(cache.file())) {
        RevocationEntry entry =
            read.cache()
                .revocationLog()
                .find(sequence)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "the audit has no entry " + sequence + "; see 'keyward audit list'"));
        out.println(entry.text());
        out.flush();
        return 0;
      }
    }
  }
}
