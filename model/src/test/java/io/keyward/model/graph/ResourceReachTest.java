package io.keyward.model.graph;

import static io.keyward.model.domain.DelegationKind.ASSUME_ROLE;
import static io.keyward.model.domain.DelegationKind.ON_BEHALF_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.ResourceKind;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResourceReachTest {

  @Test
  void listsHoldersAndEveryoneWhoActsThroughThem() {
    GraphIndex graph =
        new Estate()
            .resource("lake", ResourceKind.BUCKET, null, true)
            .resource("lake-q3", ResourceKind.DATASET, "lake", true)
            .resource("other", ResourceKind.BUCKET, null, false)
            .delegate("alice", "agent", ON_BEHALF_OF)
            .delegate("agent", "role", ASSUME_ROLE)
            .delegate("bob", "unrelated", ON_BEHALF_OF)
            .grant("role", "s3:GetObject", "lake/*", Privilege.READ)
            .grant("unrelated", "s3:GetObject", "other/*", Privilege.READ)
            .build();

    ResourceAccess access = new ResourceReach(graph).of("lake-q3", ReachOptions.ALL);

    Map<String, Integer> depths =
        access.principals().stream()
            .collect(Collectors.toMap(p -> p.node().id(), ReachedIdentity::depth));
    assertThat(depths).isEqualTo(Map.of("role", 0, "agent", 1, "alice", 2));
    assertThat(access.principals().get(2).via().toId()).isEqualTo("agent");
    assertThat(new ResourceReach(graph).of("ext-other", ReachOptions.ALL).principals())
        .extracting(p -> p.node().id())
        .containsExactlyInAnyOrder("unrelated", "bob");
    assertThatThrownBy(() -> new ResourceReach(graph).of("nope", ReachOptions.ALL))
        .hasMessageContaining("no resource nope");
  }
}
