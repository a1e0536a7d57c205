package io.keyward.connectors.mlflow;

import io.keyward.connectors.SyncContext;
import io.keyward.model.domain.Source;

/** Maps a snapshot and loads it, reporting unmappable items: what sync and import share. */
final class MlflowLoad {
  private MlflowLoad() {}

  static void load(MlflowSnapshot snapshot, Source source, SyncContext context) {
    context.phase("mapping");
    MlflowMapper.Mapped mapped = new MlflowMapper(source.id()).map(snapshot);
    mapped.skipped().forEach(context::skip);
    context.load(source, mapped.items()::writeTo);
  }
}
