package io.keyward.connectors.alert;

import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** How alert imports name the source a file belongs to. */
public final class FeedSources {
  private static final String EXTENSIONS = "(\\.(json|jsonl|ndjson|jwt|jwts|txt|ocsf|set))+$";

  private FeedSources() {}

  /** The file's name without its extensions, as an id part: {@code soc.ocsf.jsonl} is "soc". */
  public static String fileStem(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    String stem = name.replaceAll(EXTENSIONS, "");
    return slug(stem.isEmpty() ? name : stem);
  }

  /** Lower-case letters, digits and {@code . _ -}: what a source id may hold. */
  public static String slug(String text) {
    String slug =
        text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "feed" : slug;
  }

  /** The one value every alert agrees on, or empty when they differ or none says. */
  public static <T> Optional<String> shared(
      Collection<T> items, Function<T, @Nullable String> value) {
    Set<String> values =
        items.stream().map(value).filter(Objects::nonNull).collect(Collectors.toSet());
    return values.size() == 1 ? Optional.of(values.iterator().next()) : Optional.empty();
  }

  public static Source source(String id, SourceKind kind, String name, Path file) {
    return new Source(id, kind, name, file.toAbsolutePath().normalize().toString());
  }
}
