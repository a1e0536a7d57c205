package io.keyward.connectors.ocsf;

import io.keyward.connectors.ImportOptions;
import io.keyward.connectors.alert.AlertFeedImport;
import io.keyward.connectors.alert.FeedMapper;
import io.keyward.connectors.alert.FeedSources;
import io.keyward.connectors.alert.MappedAlert;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * OCSF Detection Findings, filed under {@code ocsf:PRODUCT} when every finding names the same
 * product (metadata.product.name), else under {@code ocsf:FILE}.
 */
final class OcsfImport extends AlertFeedImport {
  @Override
  public String name() {
    return "ocsf";
  }

  @Override
  public SourceKind kind() {
    return SourceKind.OCSF;
  }

  @Override
  public String description() {
    return "OCSF Detection Findings (class_uid 2004): one JSON object, a JSON array or NDJSON";
  }

  @Override
  protected FeedMapper mapper(ImportOptions options, String label) {
    return new OcsfMapper();
  }

  @Override
  protected Source source(@Nullable String sourceId, Collection<MappedAlert> alerts, Path file) {
    Optional<String> product = FeedSources.shared(alerts, OcsfImport::product);
    String id =
        sourceId != null
            ? sourceId
            : "ocsf:" + product.map(FeedSources::slug).orElse(FeedSources.fileStem(file));
    String name = product.orElse(FeedSources.fileStem(file)) + " (OCSF)";
    return FeedSources.source(id, SourceKind.OCSF, name, file);
  }

  private static @Nullable String product(MappedAlert alert) {
    String name = alert.raw().path("metadata").path("product").path("name").asText("");
    return name.isBlank() ? null : name;
  }
}
