package io.keyward.model.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationsTest {
  @TempDir Path dir;

  static IntStream earlierVersions() {
    return IntStream.range(0, Migrations.latestVersion());
  }

  @ParameterizedTest(name = "from schema version {0}")
  @MethodSource("earlierVersions")
  void opensACacheLeftAtAnEarlierVersion(int version) throws Exception {
    Path file = dir.resolve("v" + version + ".db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      Migrations.migrate(c, version);
      assertThat(Migrations.userVersion(c)).isEqualTo(version);
    }

    try (Cache cache = Cache.open(file, SmallEstate.CLOCK)) {
      SmallEstate.load(cache);
      assertThat(cache.repository().stats().identities()).isEqualTo(5);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertThat(Migrations.userVersion(c)).isEqualTo(Migrations.latestVersion());
    }
  }
}
