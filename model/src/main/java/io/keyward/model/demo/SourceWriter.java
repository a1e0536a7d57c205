package io.keyward.model.demo;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.Source;
import java.util.function.Consumer;

/**
 * Takes the estate one source at a time: {@code contents} adds that source's items to the sink it
 * is given. A cache runs it inside one sync session; a test or benchmark passes its own sink.
 */
@FunctionalInterface
public interface SourceWriter {
  void write(Source source, Consumer<EstateSink> contents);
}
