package io.keyward.model.lineage;

import io.keyward.model.domain.Delegation;
import java.util.List;

/**
 * Someone who could have altered a model version, and how.
 *
 * @param identityId the identity (or, for an unmatched run user, the raw reference) that could act
 * @param name its display name
 * @param basis the direct access at the end of the chain
 * @param holderId who holds that access directly: {@code identityId} itself when the chain is empty
 * @param detail what the access is, e.g. "run 0190… (retrain_fraud.train)" or "roles/editor on
 *     projects/demo-ml-prod"
 * @param chain the delegations from {@code identityId} to {@code holderId}, in order; empty when
 *     the identity holds the access itself
 */
public record Alterer(
    String identityId,
    String name,
    AccessBasis basis,
    String holderId,
    String detail,
    List<Delegation> chain) {

  public Alterer {
    chain = List.copyOf(chain);
  }

  public boolean direct() {
    return chain.isEmpty();
  }
}
