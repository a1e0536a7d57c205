package io.keyward.app.page.sources;

import io.keyward.connectors.SourceProfile;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SyncRun;
import org.jspecify.annotations.Nullable;

/**
 * A source as the Sources page lists it: configured (a profile), in the cache, or both.
 *
 * @param profile how to sync it; null for sources that came from an import or the demo
 */
public record SourceRow(
    Source source, @Nullable SourceProfile profile, long identities, @Nullable SyncRun lastRun) {

  /** Only a source with a profile can be synced, tested or edited from the console. */
  public boolean configured() {
    return profile != null;
  }
}
