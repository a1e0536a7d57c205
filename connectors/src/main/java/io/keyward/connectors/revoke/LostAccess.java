package io.keyward.connectors.revoke;

import io.keyward.model.cache.EstateRepository;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Privilege;
import io.keyward.model.graph.BlastRadii;
import io.keyward.model.graph.BlastRadius;
import io.keyward.model.graph.GraphIndex;
import io.keyward.model.graph.ReachOptions;
import java.util.List;
import java.util.Optional;

/**
 * The blast radius a revocation takes away, from the delegation graph, for the preflight: what the
 * analyst cuts off, and where access survives (another live credential, another path).
 */
public final class LostAccess {
  private final GraphIndex graph;
  private final EstateRepository repository;

  public LostAccess(GraphIndex graph, EstateRepository repository) {
    this.graph = graph;
    this.repository = repository;
  }

  /** One line per effect; empty when the graph does not know the target's principal. */
  public List<String> of(RevocationTarget target) {
    if (target instanceof RevocationTarget.OfIdentity i) {
      return radius(i.id()).map(r -> List.of("goes away: " + summary(r))).orElse(List.of());
    }
    if (target instanceof RevocationTarget.OfCredential c) {
      return credential(c);
    }
    if (target instanceof RevocationTarget.OfGrant g) {
      return List.of(
          "goes away: "
              + g.principal().name()
              + " loses "
              + g.grant().permission()
              + " on "
              + g.grant().resource()
              + ", and so does everyone acting through it");
    }
    RevocationTarget.OfDelegation d = (RevocationTarget.OfDelegation) target;
    return radius(d.delegation().toId())
        .map(
            r ->
                List.of(
                    "goes away: through this hop "
                        + d.from().name()
                        + " reaches "
                        + summary(r)
                        + ", unless another path leads there"))
        .orElse(List.of());
  }

  private List<String> credential(RevocationTarget.OfCredential c) {
    long others =
        repository.credentialsOf(c.holder().id()).stream()
            .filter(o -> !o.id().equals(c.id()) && o.status() == CredentialStatus.ACTIVE)
            .count();
    Optional<BlastRadius> radius = radius(c.holder().id());
    String reach = radius.map(r -> "reachable with this credential: " + summary(r)).orElse("");
    String remains =
        others == 0
            ? c.holder().name() + " holds no other active credential"
            : c.holder().name()
                + " keeps "
                + others
                + " other active credential"
                + (others == 1 ? "" : "s")
                + ", so its access remains through "
                + (others == 1 ? "it" : "them");
    return reach.isEmpty() ? List.of(remains) : List.of(reach, remains);
  }

  private Optional<BlastRadius> radius(String principalId) {
    if (graph.node(principalId).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new BlastRadii(graph).of(principalId, ReachOptions.ALL));
  }

  private static String summary(BlastRadius radius) {
    int identities = radius.identities().size() - 1;
    long admin = radius.grants().stream().filter(g -> g.privilege() == Privilege.ADMIN).count();
    return identities
        + " identit"
        + (identities == 1 ? "y" : "ies")
        + " acted through, "
        + radius.grants().size()
        + " permissions ("
        + admin
        + " admin) on "
        + radius.resources().size()
        + " resources";
  }
}
