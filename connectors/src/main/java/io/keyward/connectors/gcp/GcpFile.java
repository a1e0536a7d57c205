package io.keyward.connectors.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.http.WireJson;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A JSON file one of the GCP imports reads, and what they share: errors that name the file, the
 * project a source id or a service-account email names, the source record.
 */
final class GcpFile {
  /** {@code ACCOUNT@PROJECT.iam.gserviceaccount.com}; Google's service agents live in gcp-sa-*. */
  private static final Pattern PROJECT_EMAIL =
      Pattern.compile("[^@]+@(?!gcp-sa-)([a-z][a-z0-9-]*)\\.iam\\.gserviceaccount\\.com");

  private static final Pattern GCP_SOURCE_ID = Pattern.compile("gcp:([a-z][a-z0-9-]*)(:.*)?");

  private final Path path;
  private final String label;

  /**
   * @param label how errors name the source: the given source id, else the import's name
   */
  GcpFile(Path path, String label) {
    this.path = path;
    this.label = label;
  }

  JsonNode json() {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw problem(null, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    return WireJson.read(text, JsonNode.class, label, path.toString(), null);
  }

  <T> T convert(JsonNode json, Class<T> type, @Nullable String item) {
    try {
      return WireJson.MAPPER.treeToValue(json, type);
    } catch (IOException | IllegalArgumentException e) {
      throw problem(item, "not the expected shape: " + e.getMessage());
    }
  }

  SourceException problem(@Nullable String item, String problem) {
    return new SourceException(label, path.toString(), item, problem);
  }

  /** The project whose own service account {@code email} is, or null for other addresses. */
  static @Nullable String projectOfEmail(String email) {
    Matcher matcher = PROJECT_EMAIL.matcher(email);
    return matcher.matches() ? matcher.group(1) : null;
  }

  /** The project a source id such as {@code gcp:ml-prod:iam-policy} names, or null. */
  static @Nullable String projectOfSourceId(@Nullable String sourceId) {
    if (sourceId == null) {
      return null;
    }
    Matcher matcher = GCP_SOURCE_ID.matcher(sourceId);
    return matcher.matches() ? matcher.group(1) : null;
  }

  static Source source(String id, String name, String project) {
    return new Source(id, SourceKind.GCP_IAM, name, "projects/" + project);
  }
}
