package io.keyward.app.page.sources;

import io.keyward.app.task.BackgroundTasks;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.SourceProfiles;
import io.keyward.model.cache.Cache;

/**
 * What the Sources page needs to change where the estate comes from.
 *
 * @param syncTasks a worker of its own, so a long sync never holds up the pages' queries
 * @param estateChanged told after a sync or removal changed what the cache holds
 */
public record SourceAdmin(
    SourceProfiles profiles,
    Connectors connectors,
    ConnectEnvironment environment,
    Cache cache,
    BackgroundTasks syncTasks,
    Runnable estateChanged) {}
