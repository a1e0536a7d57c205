package io.keyward.connectors.revoke;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceProfile;
import io.keyward.model.domain.RevocationAction;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One source's revoker made of parts, each owning some targets and actions (access keys, policies,
 * sessions): the source offers what its parts offer, and each action goes to the part that offers
 * it on the target.
 */
public final class PartsRevoker implements Revoker {
  private final List<Revoker> parts;

  public PartsRevoker(List<Revoker> parts) {
    this.parts = List.copyOf(parts);
  }

  @Override
  public List<RevocationAction> actions(RevocationTarget target) {
    List<RevocationAction> actions = new ArrayList<>();
    for (Revoker part : parts) {
      part.actions(target).stream().filter(a -> !actions.contains(a)).forEach(actions::add);
    }
    return actions;
  }

  @Override
  public Preflight preflight(RevocationAction action, RevocationTarget target) {
    return part(action, target).preflight(action, target);
  }

  @Override
  public RevocationResult revoke(
      Preflight preflight, SourceProfile profile, ConnectEnvironment environment) {
    return part(preflight.action(), preflight.target()).revoke(preflight, profile, environment);
  }

  @Override
  public RevocationResult undo(
      Preflight preflight,
      @Nullable String saved,
      SourceProfile profile,
      ConnectEnvironment environment) {
    return part(preflight.action(), preflight.target())
        .undo(preflight, saved, profile, environment);
  }

  private Revoker part(RevocationAction action, RevocationTarget target) {
    return parts.stream()
        .filter(p -> p.actions(target).contains(action))
        .findFirst()
        .orElseThrow(() -> Revoker.unsupported(action, target, actions(target)));
  }
}
