package io.keyward.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.model.domain.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceProfilesTest {
  @TempDir Path dir;

  @Test
  void savesListsReplacesAndRemovesProfiles() {
    SourceProfiles profiles = new SourceProfiles(dir.resolve("keyward/sources.json"));
    SourceProfile realm =
        new SourceProfile(
            "keycloak:agents",
            SourceKind.KEYCLOAK,
            "Agents realm",
            Map.of("url", "http://localhost:8080", "realm", "agents"));

    profiles.save(realm);
    profiles.save(realm.withSettings(Map.of("realm", "bots")));

    assertThat(profiles.list())
        .singleElement()
        .satisfies(p -> assertThat(p.settings()).containsEntry("realm", "bots"));
    assertThat(profiles.find("keycloak:agents")).isPresent();
    assertThat(profiles.remove("keycloak:agents")).isTrue();
    assertThat(profiles.list()).isEmpty();
    assertThat(profiles.remove("keycloak:agents")).isFalse();
  }

  @Test
  void aSettingNamedLikeASecretIsRefusedBeforeAnythingIsWritten() {
    assertThatThrownBy(
            () ->
                new SourceProfile(
                    "entra:corp", SourceKind.ENTRA_ID, "Corp", Map.of("clientSecret", "s3cr3t")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'clientSecret' would hold a secret")
        .hasMessageNotContaining("s3cr3t");
  }

  @Test
  void aDamagedFileIsReportedWithItsPath() throws Exception {
    Path file = dir.resolve("sources.json");
    Files.writeString(file, "{\"sources\":[{\"id\":\"x\",\"kind\":\"NOPE\",\"name\":\"x\"}]}");

    assertThatThrownBy(() -> new SourceProfiles(file).list())
        .hasMessageContaining(file.toString())
        .hasMessageContaining("unknown kind 'NOPE'");
  }

  @Test
  void theDefaultFileFollowsXdg() {
    Path home = Path.of("/home/ana");

    assertThat(SourceProfiles.defaultFile(Map.of(), home))
        .isEqualTo(Path.of("/home/ana/.config/keyward/sources.json"));
    assertThat(SourceProfiles.defaultFile(Map.of("XDG_CONFIG_HOME", "/cfg"), home))
        .isEqualTo(Path.of("/cfg/keyward/sources.json"));
  }
}
