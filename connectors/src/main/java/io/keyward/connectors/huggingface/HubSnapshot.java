package io.keyward.connectors.huggingface;

import io.keyward.connectors.huggingface.HubWire.Member;
import io.keyward.connectors.huggingface.HubWire.Repo;
import io.keyward.connectors.huggingface.HubWire.WhoAmI;
import java.util.List;

/** What one sync read from the Hub about one organisation, before mapping. */
record HubSnapshot(WhoAmI whoAmI, List<Member> members, List<Repo> models, List<Repo> datasets) {
  HubSnapshot {
    members = List.copyOf(members);
    models = List.copyOf(models);
    datasets = List.copyOf(datasets);
  }
}
