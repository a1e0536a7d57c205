package io.keyward.connectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.keyward.model.domain.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The source profiles in {@code $XDG_CONFIG_HOME/keyward/sources.json}. The file holds settings
 * only; {@link SourceProfile} refuses anything named like a secret before it gets here.
 */
public final class SourceProfiles {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;

  public SourceProfiles(Path file) {
    this.file = file;
  }

  /** {@code $XDG_CONFIG_HOME/keyward/sources.json}, falling back to {@code ~/.config}. */
  public static Path defaultFile(Map<String, String> environment, Path home) {
    String xdg = environment.get("XDG_CONFIG_HOME");
    Path configHome = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
    return configHome.resolve("keyward").resolve("sources.json");
  }

  public Path file() {
    return file;
  }

  public List<SourceProfile> list() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      ProfilesFile read = JSON.readValue(file.toFile(), ProfilesFile.class);
      List<SourceProfile> profiles = new ArrayList<>();
      for (StoredProfile stored : read.sources()) {
        profiles.add(stored.toProfile());
      }
      profiles.sort(Comparator.comparing(SourceProfile::id));
      return profiles;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "source profiles " + file + " cannot be read: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read source profiles " + file, e);
    }
  }

  public Optional<SourceProfile> find(String id) {
    return list().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Adds {@code profile}, or replaces the one with its id. */
  public void save(SourceProfile profile) {
    List<SourceProfile> profiles = new ArrayList<>(list());
    profiles.removeIf(p -> p.id().equals(profile.id()));
    profiles.add(profile);
    write(profiles);
  }

  /** Removes the profile {@code id}; false when there was none. */
  public boolean remove(String id) {
    List<SourceProfile> profiles = new ArrayList<>(list());
    boolean removed = profiles.removeIf(p -> p.id().equals(id));
    if (removed) {
      write(profiles);
    }
    return removed;
  }

  private void write(List<SourceProfile> profiles) {
    profiles.sort(Comparator.comparing(SourceProfile::id));
    List<StoredProfile> stored = profiles.stream().map(StoredProfile::of).toList();
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), "sources", ".json.tmp");
      JSON.writeValue(temp.toFile(), new ProfilesFile(1, stored));
      // Replace in one step so a crash never leaves half a file behind.
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write source profiles " + file, e);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ProfilesFile(int version, List<StoredProfile> sources) {
    ProfilesFile {
      sources = sources == null ? List.of() : sources;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record StoredProfile(String id, String kind, String name, Map<String, String> settings) {
    static StoredProfile of(SourceProfile profile) {
      return new StoredProfile(
          profile.id(), profile.kind().name(), profile.name(), profile.settings());
    }

    SourceProfile toProfile() {
      SourceKind sourceKind;
      try {
        sourceKind = SourceKind.valueOf(String.valueOf(kind));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("source " + id + " has an unknown kind '" + kind + "'");
      }
      return new SourceProfile(id, sourceKind, name, settings == null ? Map.of() : settings);
    }
  }
}
