package io.keyward.connectors.revoke;

import io.keyward.connectors.http.RefusedReplyException;
import io.keyward.model.domain.RevocationOutcome;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The shape every revoker's execution shares: read the source, act only when the target is not
 * already in the wanted state, then read again to verify. Sources differ in how they read and act;
 * the outcome and what the audit says about it do not.
 */
public final class VerifiedChange {
  private VerifiedChange() {}

  /**
   * What a read of the source showed.
   *
   * @param reached whether the target is in the wanted state
   * @param shown what the read showed, as the audit's verification, e.g. {@code ListAccessKeys:
   *     Inactive}
   */
  public record Observed(boolean reached, String shown) {
    /** {@code reader: wanted} when reached, else {@code reader: still not wanted}. */
    public static Observed of(boolean reached, String reader, String wanted) {
      return new Observed(reached, reader + ": " + (reached ? wanted : "still not " + wanted));
    }
  }

  /**
   * Acts only when {@code read} says the state is not reached yet (else {@link
   * RevocationOutcome#ALREADY_DONE} without a write), then verifies with {@code read} again.
   *
   * @param act sends the change; returns the source's answer for the audit, e.g. {@code HTTP 204}
   * @param success the outcome when verified: DONE for a revocation, UNDONE for an undo
   */
  public static RevocationResult ensure(
      Supplier<Observed> read, Supplier<String> act, RevocationOutcome success) {
    return ensure(read, Function.identity(), state -> act.get(), success);
  }

  /**
   * Like {@link #ensure(Supplier, Supplier, RevocationOutcome)} where the act needs what the read
   * found (the attached policy's ARN, the policy and its etag, where a secret lives).
   *
   * @param judge whether a state read is the wanted one, and how to show it
   */
  public static <S> RevocationResult ensure(
      Supplier<S> read,
      Function<S, Observed> judge,
      Function<S, String> act,
      RevocationOutcome success) {
    return ensureSaving(read, judge, act, state -> null, success);
  }

  /**
   * Like {@link #ensure(Supplier, Function, Function, RevocationOutcome)}, keeping what {@code
   * saving} takes from the state read before the change for the undo (a deleted policy's document):
   * the source will no longer hold it.
   */
  public static <S> RevocationResult ensureSaving(
      Supplier<S> read,
      Function<S, Observed> judge,
      Function<S, String> act,
      Function<S, @Nullable String> saving,
      RevocationOutcome success) {
    S state = read.get();
    Observed before = judge.apply(state);
    if (before.reached()) {
      return new RevocationResult(
          RevocationOutcome.ALREADY_DONE, "nothing sent: already so", before.shown());
    }
    String answer = act.apply(state);
    Observed after = judge.apply(read.get());
    return new RevocationResult(
        after.reached() ? success : RevocationOutcome.FAILED,
        answer,
        after.shown(),
        saving.apply(state));
  }

  /**
   * Acts whatever the state, then verifies: for actions with no "already done" state, such as
   * ending every session (new ones may have begun since the last run).
   */
  public static RevocationResult always(
      Supplier<String> act, Supplier<Observed> verify, RevocationOutcome success) {
    String answer = act.get();
    Observed after = verify.get();
    return new RevocationResult(
        after.reached() ? success : RevocationOutcome.FAILED, answer, after.shown());
  }

  /**
   * A read whose 404 means the item is gone (deleted, or never there): empty then. Any other
   * refusal is the source's answer and propagates.
   */
  public static <T> Optional<T> unlessGone(Supplier<T> read) {
    try {
      return Optional.of(read.get());
    } catch (RefusedReplyException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
