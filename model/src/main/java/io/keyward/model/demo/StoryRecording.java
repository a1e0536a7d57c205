package io.keyward.model.demo;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A story told once and kept (it is small), so its identities and grants are counted before the
 * bulk population is sized to hit the scale's exact totals.
 */
final class StoryRecording implements EstateSink {
  private final Source source;
  private final List<Consumer<EstateSink>> items = new ArrayList<>();
  private int identities;
  private int grants;

  private StoryRecording(Source source) {
    this.source = source;
  }

  static StoryRecording of(SourceStory story) {
    StoryRecording recording = new StoryRecording(story.source());
    story.write(recording);
    return recording;
  }

  Source source() {
    return source;
  }

  int identities() {
    return identities;
  }

  int grants() {
    return grants;
  }

  void replay(EstateSink sink) {
    items.forEach(item -> item.accept(sink));
  }

  @Override
  public void add(Identity identity) {
    identities++;
    items.add(sink -> sink.add(identity));
  }

  @Override
  public void add(Credential credential) {
    items.add(sink -> sink.add(credential));
  }

  @Override
  public void add(Grant grant) {
    grants++;
    items.add(sink -> sink.add(grant));
  }

  @Override
  public void add(Delegation delegation) {
    items.add(sink -> sink.add(delegation));
  }

  @Override
  public void add(Resource resource) {
    items.add(sink -> sink.add(resource));
  }

  @Override
  public void add(LineageRecord record) {
    items.add(sink -> sink.add(record));
  }

  @Override
  public void add(AccessEvent event) {
    items.add(sink -> sink.add(event));
  }

  @Override
  public void add(Alert alert) {
    items.add(sink -> sink.add(alert));
  }
}
