package io.keyward.app.page.graph;

import io.keyward.model.graph.ChainSet;
import io.keyward.model.risk.RiskScore;

/** What the graph adds to an identity's detail: its risk with the factors, and its chains. */
public record IdentityInsight(RiskScore risk, ChainSet chains) {
  /** How many chains the detail pane lists; the graph page shows them all. */
  public static final int CHAINS = 5;
}
