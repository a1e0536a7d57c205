package io.keyward.connectors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the user told one import beyond the file, as {@code key=value} pairs: a JWKS to verify
 * signatures with, a flag to accept unsigned events. Each {@link FileImport} declares the options
 * it reads ({@link FileImport#options()}); others are refused before anything is read.
 */
public record ImportOptions(Map<String, String> values) {
  public static final ImportOptions NONE = new ImportOptions(Map.of());

  public ImportOptions {
    values = Map.copyOf(values);
  }

  /** Parses {@code key=value} pairs as the CLI takes them. */
  public static ImportOptions parse(List<String> pairs) {
    Map<String, String> values = new TreeMap<>();
    for (String pair : pairs) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("import option '" + pair + "' is not key=value");
      }
      values.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
    }
    return new ImportOptions(values);
  }

  /** These options with {@code defaults} beneath them: a value given here wins. */
  public ImportOptions over(Map<String, String> defaults) {
    Map<String, String> merged = new TreeMap<>(defaults);
    merged.putAll(values);
    return new ImportOptions(merged);
  }

  /** Only the options {@code format} reads, e.g. from a profile that holds other settings too. */
  public ImportOptions readBy(FileImport format) {
    Set<String> known = known(format);
    return new ImportOptions(
        values.entrySet().stream()
            .filter(e -> known.contains(e.getKey()))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  /**
   * @throws IllegalArgumentException naming the options {@code format} does not read
   */
  public ImportOptions checkedFor(FileImport format) {
    Set<String> known = known(format);
    List<String> unknown = new ArrayList<>();
    for (String key : new TreeMap<>(values).keySet()) {
      if (!known.contains(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          format.name()
              + " does not take the option"
              + (unknown.size() == 1 ? " " : "s ")
              + String.join(", ", unknown)
              + (known.isEmpty() ? "; it takes none" : "; it takes " + String.join(", ", known)));
    }
    return this;
  }

  public Optional<String> get(String key) {
    String value = values.get(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  public Optional<Path> path(String key) {
    return get(key).map(Path::of);
  }

  /** A yes/no option: absent is no; {@code true}, {@code yes} and {@code 1} are yes. */
  public boolean flag(String key) {
    return get(key)
        .map(v -> Set.of("true", "yes", "1").contains(v.toLowerCase(Locale.ROOT)))
        .orElse(false);
  }

  private static Set<String> known(FileImport format) {
    return format.options().stream()
        .map(ProfileSetting::key)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
