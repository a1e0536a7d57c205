package io.keyward.model.lineage;

import java.util.List;

/**
 * What one identity (or unmatched run user) touched through lineage: its runs, newest first, the
 * datasets they read and the models and model versions they wrote (each once, in the order the runs
 * met them).
 */
public record IdentityActivity(
    RunActor actor, List<LineageRun> runs, List<ResourceRef> read, List<ResourceRef> written) {

  public IdentityActivity {
    runs = List.copyOf(runs);
    read = List.copyOf(read);
    written = List.copyOf(written);
  }
}
