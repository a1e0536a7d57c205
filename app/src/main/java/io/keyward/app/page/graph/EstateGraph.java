package io.keyward.app.page.graph;

import io.keyward.model.cache.EstateRepository;
import io.keyward.model.graph.DelegationChains;
import io.keyward.model.graph.Escalation;
import io.keyward.model.graph.Escalations;
import io.keyward.model.graph.GraphIndex;
import io.keyward.model.graph.GraphNode;
import io.keyward.model.graph.PrincipalKeys;
import io.keyward.model.risk.RiskRanking;
import io.keyward.model.risk.RiskScore;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The delegation graph of the open cache, built on first use (seconds at the large scale) and
 * shared by the graph page and the identity detail. Every method may block: call them from
 * background jobs only. Thread-safe.
 */
public final class EstateGraph {
  private final EstateRepository repository;
  private final Clock clock;
  private @Nullable Loaded loaded;

  /** The index and the escalations found in it, which highlighting and risk both need. */
  public record Loaded(GraphIndex index, List<Escalation> escalations) {
    public Loaded {
      escalations = List.copyOf(escalations);
    }
  }

  public EstateGraph(EstateRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  public synchronized Loaded get() {
    if (loaded == null) {
      GraphIndex index = GraphIndex.load(repository, clock.instant());
      loaded = new Loaded(index, new Escalations(index).all());
    }
    return loaded;
  }

  /** The principal a typed key names; see {@link PrincipalKeys}. */
  public GraphNode resolve(String key) {
    return new PrincipalKeys(repository, get().index()).resolve(key);
  }

  /** Risk and the first few chains of an identity, for its detail pane. */
  public IdentityInsight insight(String identityId) {
    return new IdentityInsight(
        risk(identityId),
        new DelegationChains(get().index())
            .of(identityId, DelegationChains.DEFAULT_DEPTH, IdentityInsight.CHAINS));
  }

  public RiskScore risk(String identityId) {
    Loaded graph = get();
    return new RiskRanking(graph.index(), graph.escalations()).score(identityId);
  }
}
