package io.keyward.connectors.openlineage;

import io.keyward.connectors.MappedItems;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SyncContext;
import io.keyward.connectors.openlineage.EventFile.ReadEvent;
import io.keyward.model.domain.Source;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an events file, maps it and loads it as one run of a source: what import and sync share.
 */
final class EventLoad {
  private EventLoad() {}

  static void load(Path file, Source source, OwnerRules rules, SyncContext context) {
    context.phase("reading " + file.getFileName());
    List<ReadEvent> events = new EventFile(file, source.id(), context::skip).read();
    context.advance(events.size());
    MappedItems items;
    try {
      items = new OpenLineageMapper(source.id(), rules).map(events);
    } catch (IllegalArgumentException e) {
      throw new SourceException(source.id(), file.toString(), null, e.getMessage(), e);
    }
    context.load(source, items::writeTo);
  }
}
