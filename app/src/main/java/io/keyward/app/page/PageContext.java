package io.keyward.app.page;

import io.keyward.app.task.BackgroundTasks;
import io.keyward.model.cache.EstateRepository;
import io.keyward.model.domain.Source;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What pages read the estate with, handed to each page's view model by the shell.
 *
 * @param sources the cache's sources when the console opened, for filters and source names
 * @param clock "now" for ages, the cache's clock so ages match the repository's age filters
 * @param readOnly the console shows a snapshot: actions that would write are disabled
 */
public record PageContext(
    EstateRepository repository,
    List<Source> sources,
    BackgroundTasks tasks,
    Clock clock,
    boolean readOnly) {

  public PageContext {
    sources = List.copyOf(sources);
  }

  /** A context on a writable cache. */
  public PageContext(
      EstateRepository repository, List<Source> sources, BackgroundTasks tasks, Clock clock) {
    this(repository, sources, tasks, clock, false);
  }

  /** The display name of a source, or its id when unknown. */
  public String sourceName(String sourceId) {
    return sourceNames().getOrDefault(sourceId, sourceId);
  }

  private Map<String, String> sourceNames() {
    return sources.stream().collect(Collectors.toMap(Source::id, Source::name, (a, b) -> a));
  }
}
