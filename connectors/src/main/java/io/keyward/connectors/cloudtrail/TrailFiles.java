package io.keyward.connectors.cloudtrail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The log files under a path: the path itself when it is a file, else every log file below it in
 * name order (which for CloudTrail's tree is time order per region). Digest files, which hold
 * hashes rather than records, are left out.
 */
final class TrailFiles {
  private static final Pattern LOG_NAME =
      Pattern.compile(".*\\.(json|jsonl|ndjson)(\\.gz)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ACCOUNT_DIR = Pattern.compile("AWSLogs/(?:o-[a-z0-9]+/)?(\\d{12})/");

  private TrailFiles() {}

  static List<Path> under(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> LOG_NAME.matcher(f.getFileName().toString()).matches())
          .filter(f -> !f.toString().replace('\\', '/').contains("/CloudTrail-Digest/"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The account a CloudTrail tree names ({@code AWSLogs/ACCOUNT/...}), if the path is in one. */
  static Optional<String> account(Path path) {
    String text = path.toAbsolutePath().normalize().toString().replace('\\', '/') + "/";
    Matcher m = ACCOUNT_DIR.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The name without its log extensions, for a source id. */
  static String stem(Path path) {
    String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    String stem = name.replaceAll("(\\.(json|jsonl|ndjson|gz))+$", "");
    return stem.isEmpty() ? name : stem;
  }
}
