package io.keyward.model.cache;

import io.keyward.model.domain.Revocation;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One line of the revocation audit.
 *
 * @param sequence its place in the chain, from 1
 * @param alertToRevocation time from the alert that led to it until it was attempted
 * @param previousHash the SHA-256 of the entry before (64 zeros for the first)
 * @param hash the SHA-256 of this entry, previous hash included
 */
public record RevocationEntry(
    long sequence,
    Revocation revocation,
    @Nullable Duration alertToRevocation,
    String previousHash,
    String hash) {

  /**
   * The whole entry as the console's audit detail and {@code keyward audit show} print it: every
   * field, the preflight and what the action saved for its undo indented under their labels.
   */
  public String text() {
    Revocation r = revocation;
    StringBuilder text = new StringBuilder();
    text.append("Entry ").append(sequence).append(" (").append(r.id()).append(")\n");
    line(text, "Time", r.time() + " by " + r.actor());
    line(text, "Action", r.action().cliName());
    line(text, "Target", r.targetId());
    line(text, "Source", r.sourceId());
    line(text, "Outcome", r.outcome().name());
    if (r.alertId() != null) {
      line(
          text,
          "Alert",
          r.alertId()
              + (alertToRevocation == null
                  ? ""
                  : ", " + alertToRevocation.toMinutes() + " min before this attempt"));
    }
    line(text, "Result", r.result().isEmpty() ? "-" : r.result());
    line(text, "Verification", r.verification().isEmpty() ? "-" : r.verification());
    block(text, "Preflight", r.preflight());
    if (r.saved() != null) {
      block(text, "Saved for undo", r.saved());
    }
    line(text, "Hash", hash);
    line(text, "Previous", previousHash);
    return text.toString().stripTrailing();
  }

  private static void line(StringBuilder text, String label, String value) {
    text.append(String.format(Locale.ROOT, "%-13s ", label + ":")).append(value).append('\n');
  }

  private static void block(StringBuilder text, String label, String value) {
    text.append(label).append(":\n");
    value.lines().forEach(line -> text.append("  ").append(line).append('\n'));
  }
}
