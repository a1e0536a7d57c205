package io.keyward.connectors.alert;

import io.keyward.connectors.FileImport;
import io.keyward.connectors.ImportOptions;
import io.keyward.connectors.SyncContext;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Source;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An alert feed file, imported as one run of its source: read the items (a malformed one is skipped
 * with its place while the rest load), map each to alerts, keep the latest report of each finding,
 * match them to the cache's identities and credentials, load them matched or unmatched.
 */
public abstract class AlertFeedImport implements FileImport {

  /**
   * The mapper for one run, e.g. with the keys signatures are checked against.
   *
   * @param label names the source in errors
   */
  protected abstract FeedMapper mapper(ImportOptions options, String label);

  /**
   * The source the alerts are filed under: {@code sourceId} when given, else one derived from what
   * the alerts say (an account, a product) or from the file's name.
   */
  protected abstract Source source(
      @Nullable String sourceId, Collection<MappedAlert> alerts, Path file);

  @Override
  public final void read(Path file, @Nullable String sourceId, SyncContext context) {
    read(file, sourceId, ImportOptions.NONE, context);
  }

  @Override
  public final void read(
      Path file, @Nullable String sourceId, ImportOptions options, SyncContext context) {
    String label = sourceId != null ? sourceId : name();
    FeedMapper mapper = mapper(options, label);
    context.phase("reading " + file.getFileName());
    List<FeedItem> items = FeedFile.read(file, label, context::skip);
    Map<String, MappedAlert> alerts = new LinkedHashMap<>();
    for (FeedItem item : items) {
      context.checkCancelled();
      try {
        for (MappedAlert alert : mapper.map(item)) {
          alerts.merge(alert.externalId(), alert, MappedAlert::later);
        }
      } catch (IllegalArgumentException e) {
        context.skip(item.place() + ": " + e.getMessage());
      }
    }
    Source source = source(sourceId, alerts.values(), file);
    context.phase("matching alerts to identities and credentials");
    SubjectMatcher matcher = new SubjectMatcher(context.estate());
    List<Alert> matched =
        alerts.values().stream()
            .map(alert -> alert.toAlert(source.id(), matcher.match(alert.subjects())))
            .toList();
    context.load(source, sink -> matched.forEach(sink::add));
  }
}
