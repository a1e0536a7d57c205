package io.keyward.model.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema scripts {@code migrations/V<n>__<name>.sql}, applied in order on open. The
 * schema version lives in SQLite's {@code user_version}; each script and its version bump commit
 * together, so a crash mid-migration leaves the previous version intact.
 */
final class Migrations {
  /** Marks the file as a Keyward cache ("KWRD"), so foreign SQLite files are refused. */
  static final int APPLICATION_ID = 0x4B575244;

  private static final List<String> SCRIPTS =
      List.of(
          "V1__schema.sql",
          "V2__alert_subject_lookups.sql",
          "V3__revocation_audit.sql",
          "V4__scorecard_and_policies.sql",
          "V5__access_event_details.sql",
          "V6__grant_first_seen.sql",
          "V7__revocation_saved_state.sql");

  private Migrations() {}

  static int latestVersion() {
    return SCRIPTS.size();
  }

  /** Applies every script after the file's current version up to {@code target}. */
  static void migrate(Connection connection, int target) throws SQLException {
    int current = userVersion(connection);
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement st = connection.createStatement()) {
      for (int version = current + 1; version <= target; version++) {
        for (String sql : statements(SCRIPTS.get(version - 1))) {
          st.execute(sql);
        }
        st.execute("PRAGMA user_version = " + version);
        st.execute("PRAGMA application_id = " + APPLICATION_ID);
        connection.commit();
      }
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  static int userVersion(Connection connection) throws SQLException {
    return intPragma(connection, "user_version");
  }

  static int intPragma(Connection connection, String pragma) throws SQLException {
    try (Statement st = connection.createStatement();
        var rs = st.executeQuery("PRAGMA " + pragma)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** The script's statements: split on semicolons that end a line, comments dropped. */
  private static List<String> statements(String script) {
    StringBuilder text = new StringBuilder();
    for (String line : read(script).split("\n")) {
      if (!line.strip().startsWith("--")) {
        text.append(line).append('\n');
      }
    }
    List<String> result = new ArrayList<>();
    for (String part : text.toString().split(";\\s*\n")) {
      if (!part.isBlank()) {
        result.add(part.strip());
      }
    }
    return result;
  }

  private static String read(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
      if (in == null) {
        throw new IllegalStateException("missing migration " + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
