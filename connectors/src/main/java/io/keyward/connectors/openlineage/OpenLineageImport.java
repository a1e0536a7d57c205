package io.keyward.connectors.openlineage;

import io.keyward.connectors.FileImport;
import io.keyward.connectors.FileStem;
import io.keyward.connectors.SyncContext;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@code keyward import --source openlineage FILE}: run events from one event, a JSON array or
 * NDJSON, filed under {@code openlineage:NAME} after the file's name unless a source id is given.
 * Importing again under the same id replaces what the previous file brought.
 */
final class OpenLineageImport implements FileImport {
  private final Supplier<OwnerRules> rules;

  OpenLineageImport(Supplier<OwnerRules> rules) {
    this.rules = rules;
  }

  @Override
  public String name() {
    return "openlineage";
  }

  @Override
  public SourceKind kind() {
    return SourceKind.OPENLINEAGE;
  }

  @Override
  public String description() {
    return "OpenLineage run events: one event, a JSON array of events, or NDJSON (one per line);"
        + " owner rules from $"
        + OpenLineageConnector.RULES_VARIABLE;
  }

  @Override
  public void read(Path file, @Nullable String sourceId, SyncContext context) {
    String id = sourceId != null ? sourceId : "openlineage:" + FileStem.of(file, "events");
    Source source =
        new Source(
            id,
            SourceKind.OPENLINEAGE,
            "OpenLineage " + file.getFileName(),
            file.toAbsolutePath().toString());
    EventLoad.load(file, source, rules.get(), context);
  }
}
