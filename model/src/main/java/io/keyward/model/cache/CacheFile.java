package io.keyward.model.cache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/** Opens SQLite connections on a cache file and decides whether the file is one we may use. */
final class CacheFile {
  private CacheFile() {}

  static Connection connect(Path file, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    config.setReadOnly(readOnly);
    if (!readOnly) {
      // WAL (below) with NORMAL survives an application crash; only a power loss may drop the
      // last commit.
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    }
    Connection connection =
        DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    try (Statement st = connection.createStatement()) {
      if (!readOnly) {
        // Large pages make bulk loads into the id indexes about a fifth cheaper (measured in
        // docs/demo-estate.md). SQLite takes the size only while the file is empty, so it is set
        // before WAL mode, whose switch is the first write.
        st.execute("PRAGMA page_size = 32768");
        st.execute("PRAGMA journal_mode = WAL");
      }
      st.execute("PRAGMA cache_size = -65536");
      st.execute("PRAGMA temp_store = MEMORY");
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /**
   * Refuses files that are not Keyward caches or come from a newer Keyward, before anything is
   * written to them.
   */
  static void checkUsable(Connection connection, Path file) throws SQLException {
    int applicationId = Migrations.intPragma(connection, "application_id");
    int version = Migrations.userVersion(connection);
    boolean hasTables;
    try (Statement st = connection.createStatement();
        var rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
      hasTables = rs.next() && rs.getInt(1) > 0;
    }
    boolean ours = applicationId == Migrations.APPLICATION_ID;
    if (!ours && (applicationId != 0 || hasTables)) {
      throw new CacheException(
          file + " is an SQLite database but not a Keyward cache; it was left untouched");
    }
    if (version > Migrations.latestVersion()) {
      throw new CacheException(
          file
              + " was written by a newer Keyward (cache schema "
              + version
              + ", this Keyward reads up to "
              + Migrations.latestVersion()
              + "); update Keyward or choose another --cache");
    }
  }

  static CacheException unreadable(Path file, SQLException cause) {
    String reason = cause.getMessage() == null ? "unknown error" : cause.getMessage();
    return new CacheException(
        file + " cannot be used as a Keyward cache (" + reason + "); it was left untouched", cause);
  }

  static void requireNotDirectory(Path file) {
    if (Files.isDirectory(file)) {
      throw new CacheException(file + " is a directory, not a cache file");
    }
  }
}
