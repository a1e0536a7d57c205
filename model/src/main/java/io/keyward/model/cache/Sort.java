package io.keyward.model.cache;

/**
 * The order of an inventory query: one sortable key of that inventory and its direction. Ties are
 * broken by the row's id (by load order for grants and delegations), so equal keys never shuffle
 * between queries.
 *
 * @param key one of {@link IdentitySort}, {@link CredentialSort}, {@link GrantSort}, {@link
 *     DelegationSort} or {@link AlertSort}
 */
public record Sort<K extends Enum<K>>(K key, boolean descending) {

  public static <K extends Enum<K>> Sort<K> ascending(K key) {
    return new Sort<>(key, false);
  }

  public static <K extends Enum<K>> Sort<K> descending(K key) {
    return new Sort<>(key, true);
  }

  /** The same key in the other direction. */
  public Sort<K> reversed() {
    return new Sort<>(key, !descending);
  }

  /**
   * This sort as a sort of {@code keyType}; for callers that hold sorts of several inventories
   * under one type.
   *
   * @throws IllegalArgumentException when the key is of another inventory
   */
  @SuppressWarnings("unchecked")
  public <L extends Enum<L>> Sort<L> of(Class<L> keyType) {
    if (!keyType.isInstance(key)) {
      throw new IllegalArgumentException(key + " is not a " + keyType.getSimpleName());
    }
    return (Sort<L>) this;
  }
}
