package io.keyward.model.cache;

import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Identity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The repository's look-ups by a key a person or a source gives (an analyst's key, an external id,
 * an email, a name) and of identities' display names by id. Runs under the repository's lock.
 */
final class KeyLookups {
  /** At most this many identities are listed for an ambiguous key. */
  static final int FOUND_LIMIT = 20;

  private final SqlReads reads;

  KeyLookups(SqlReads reads) {
    this.reads = reads;
  }

  List<Identity> findIdentities(String key) {
    List<String> rules =
        List.of(
            "i.id = ?",
            "(i.external_id = ? OR i.email = ?)",
            "i.id IN (SELECT identity_id FROM credentials WHERE id = ? OR external_id = ?)",
            "i.id IN (SELECT a.identity_id FROM alerts a WHERE a.id = ? UNION"
                + " SELECT c.identity_id FROM alerts a JOIN credentials c"
                + " ON c.id = a.credential_id WHERE a.id = ?)",
            "lower(i.name) = lower(?)",
            "(substr(i.id, -length(?)) = ? AND substr(i.id, -length(?) - 1, 1) = '/')");
    for (String rule : rules) {
      List<Identity> found =
          reads.rows(
              ItemTables.IDENTITIES,
              InventorySql.IDENTITIES_FROM,
              "i",
              new SqlWhere().andEachMark(rule, key),
              "i.id",
              FOUND_LIMIT);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  List<Identity> identitiesByExternalId(String externalId) {
    return identitiesWhere(new SqlWhere().equal("i.external_id", externalId));
  }

  List<Identity> identitiesByEmail(String email) {
    return identitiesWhere(
        new SqlWhere().and("lower(i.email) = ?", email.strip().toLowerCase(Locale.ROOT)));
  }

  List<Identity> identitiesByName(String name) {
    return identitiesWhere(new SqlWhere().equal("i.name", name));
  }

  List<Credential> credentialsByExternalId(String externalId) {
    return reads.rows(
        ItemTables.CREDENTIALS,
        "c",
        new SqlWhere().equal("c.external_id", externalId),
        "c.id",
        Integer.MAX_VALUE);
  }

  Map<String, String> identityNames(Set<String> ids) {
    return reads.names(ids);
  }

  private List<Identity> identitiesWhere(SqlWhere where) {
    return reads.rows(ItemTables.IDENTITIES, "i", where, "i.id", Integer.MAX_VALUE);
  }
}
