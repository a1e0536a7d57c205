package io.keyward.model.cache;

import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.Source;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The reads lineage analysis needs (see {@code io.keyward.model.lineage}): runs and resources
 * whole, and grants, delegations and identities only for the ids an analysis asks about, so a
 * question about one model version never reads a million grants. Shares the repository's {@link
 * SqlReads}; takes the repository's lock itself, since callers hold this object, not the
 * repository.
 */
public final class LineageQueries {
  private final SqlReads reads;
  private final EstateRepository lock;

  LineageQueries(SqlReads reads, EstateRepository lock) {
    this.reads = reads;
    this.lock = lock;
  }

  public List<Source> sources() {
    return lock.sources();
  }

  /** Every resource, in load order. */
  public List<Resource> resources() {
    synchronized (lock) {
      return reads.list(
          select(ItemTables.RESOURCES), new SqlWhere(), ItemTables.RESOURCES.reader());
    }
  }

  /** Every lineage record, newest start first. */
  public List<LineageRecord> runs() {
    return read(ItemTables.LINEAGE, new SqlWhere(), "x.started_at DESC, x.id");
  }

  /**
   * Write and admin grants on any of {@code resources}, plus every write or admin grant whose
   * resource is a pattern ending in {@code *}: the caller decides which patterns cover what.
   */
  public List<Grant> writeGrants(Collection<String> resources) {
    List<Grant> grants =
        read(ItemTables.GRANTS, writeOrAdmin().and("x.resource LIKE '%*'"), "x.rowid");
    grants.addAll(
        read(
            ItemTables.GRANTS,
            writeOrAdmin().and("x.resource NOT LIKE '%*'").inTexts("x.resource", resources),
            "x.rowid"));
    return grants;
  }

  /** Delegations whose {@code to} end is one of {@code identityIds}: who can act through them. */
  public List<Delegation> delegationsTo(Collection<String> identityIds) {
    return read(ItemTables.DELEGATIONS, new SqlWhere().inTexts("x.to_id", identityIds), "x.rowid");
  }

  /**
   * Identities whose id, email (ignoring case) or name is one of {@code references}: the candidates
   * for the user a source recorded on a run.
   */
  public List<Identity> identitiesNamed(Collection<String> references) {
    if (references.isEmpty()) {
      return List.of();
    }
    List<String> lower = references.stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
    return read(
        ItemTables.IDENTITIES,
        new SqlWhere()
            .and(
                "("
                    + SqlWhere.inJsonArray("x.id")
                    + " OR "
                    + SqlWhere.inJsonArray("lower(x.email)")
                    + " OR "
                    + SqlWhere.inJsonArray("x.name")
                    + ")",
                SqlWhere.jsonArray(references),
                SqlWhere.jsonArray(lower),
                SqlWhere.jsonArray(references)),
        "x.id");
  }

  private static SqlWhere writeOrAdmin() {
    return new SqlWhere().and("x.privilege IN ('WRITE', 'ADMIN')");
  }

  private <T> List<T> read(ItemTable<T> table, SqlWhere where, String orderBy) {
    synchronized (lock) {
      return reads.list(select(table), where, orderBy, table.reader());
    }
  }

  private static String select(ItemTable<?> table) {
    return "SELECT " + table.selectList("x") + " FROM " + table.name() + " x";
  }
}
