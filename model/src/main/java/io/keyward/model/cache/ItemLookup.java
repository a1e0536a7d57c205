package io.keyward.model.cache;

import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import java.util.List;

/**
 * Finds items by what a person types: a cache id, the source's external id, or (identities) a name
 * or email. Returns every match, so the caller can insist on exactly one.
 */
public final class ItemLookup {
  private final SqlReads reads;

  ItemLookup(SqlReads reads) {
    this.reads = reads;
  }

  public List<Identity> identities(String ref) {
    return find(
        ItemTables.IDENTITIES,
        "t.id = ? OR t.external_id = ? OR lower(t.name) = lower(?) OR lower(t.email) = lower(?)",
        ref);
  }

  public List<Credential> credentials(String ref) {
    return find(ItemTables.CREDENTIALS, "t.id = ? OR t.external_id = ?", ref);
  }

  public List<Grant> grants(String ref) {
    return find(ItemTables.GRANTS, "t.id = ?", ref);
  }

  public List<Delegation> delegations(String ref) {
    return find(ItemTables.DELEGATIONS, "t.id = ?", ref);
  }

  private <T> List<T> find(ItemTable<T> table, String rule, String ref) {
    return reads.rows(
        table,
        table.name() + " t",
        "t",
        new SqlWhere().andEachMark(rule, ref),
        "t.rowid",
        Integer.MAX_VALUE);
  }
}
