package io.keyward.model.domain;

import org.jspecify.annotations.Nullable;

/**
 * Something identities reach: a dataset, model, model version, bucket, API or secret store.
 *
 * @param parentId the containing resource, e.g. the model of a model version
 * @param sensitive whether it holds data whose exposure or poisoning matters
 */
public record Resource(
    String id,
    String sourceId,
    String externalId,
    ResourceKind kind,
    String name,
    @Nullable String parentId,
    boolean sensitive) {

  public Resource {
    Require.text(id, "resource id");
    Require.text(sourceId, "resource source");
    Require.text(externalId, "resource external id");
    Require.present(kind, "resource kind");
    Require.text(name, "resource name");
  }
}
