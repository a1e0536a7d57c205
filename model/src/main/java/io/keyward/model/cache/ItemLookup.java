package io.keyward.model.cache;

import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds items by what a person types: a cache id, the source's external id, or (identities) a name
 * or email. Returns every match, so the caller can insist on exactly one.
 */
public final class ItemLookup {
  private final Connection connection;

  ItemLookup(Connection connection) {
    this.connection = connection;
  }

  public List<Identity> identities(String ref) {
    return find(
        ItemTables.IDENTITIES,
        "t.id = ? OR t.external_id = ? OR lower(t.name) = lower(?) OR lower(t.email) = lower(?)",
        ref,
        4);
  }

  public List<Credential> credentials(String ref) {
    return find(ItemTables.CREDENTIALS, "t.id = ? OR t.external_id = ?", ref, 2);
  }

  public List<Grant> grants(String ref) {
    return find(ItemTables.GRANTS, "t.id = ?", ref, 1);
  }

  public List<Delegation> delegations(String ref) {
    return find(ItemTables.DELEGATIONS, "t.id = ?", ref, 1);
  }

  private <T> List<T> find(ItemTable<T> table, String where, String ref, int marks) {
    String sql = "SELECT " + table.selectList("t") + " FROM " + table.name() + " t WHERE " + where;
    List<T> found = new ArrayList<>();
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      for (int i = 1; i <= marks; i++) {
        st.setString(i, ref);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          found.add(table.reader().read(rs));
        }
      }
    } catch (SQLException e) {
      throw new CacheException("cannot look up '" + ref + "': " + e.getMessage(), e);
    }
    return found;
  }
}
