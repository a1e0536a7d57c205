package io.keyward.app.page.sources;

import io.keyward.model.domain.Source;
import io.keyward.model.domain.SyncRun;
import org.jspecify.annotations.Nullable;

/** A connected source with what it contributed and how its latest sync went. */
public record SourceRow(Source source, long identities, @Nullable SyncRun lastRun) {}
