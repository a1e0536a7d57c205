package io.keyward.model.graph;

import static io.keyward.model.domain.DelegationKind.ASSUME_ROLE;
import static io.keyward.model.domain.DelegationKind.GROUP_MEMBERSHIP;
import static io.keyward.model.domain.DelegationKind.ON_BEHALF_OF;
import static io.keyward.model.domain.IdentityKind.AGENT;
import static io.keyward.model.domain.IdentityKind.GROUP;
import static io.keyward.model.domain.IdentityKind.HUMAN;
import static io.keyward.model.domain.IdentityKind.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.ResourceKind;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BlastRadiiTest {

  @Test
  void followsAMultiHopChainToTheRolesGrants() {
    GraphIndex graph =
        new Estate()
            .identity("alice", HUMAN)
            .identity("agent", AGENT)
            .identity("sub", AGENT)
            .identity("role", ROLE)
            .delegate("alice", "agent", ON_BEHALF_OF, "read")
            .delegate("agent", "sub", ON_BEHALF_OF, "read")
            .delegate("sub", "role", ASSUME_ROLE)
            .grant("role", "s3:GetObject", "lake/*", Privilege.READ)
            .grant("sub", "tickets:write", "tickets", Privilege.WRITE)
            .build();

    BlastRadius radius = new BlastRadii(graph).of("alice");

    assertThat(depths(radius)).isEqualTo(Map.of("alice", 0, "agent", 1, "sub", 2, "role", 3));
    assertThat(radius.pathTo("role"))
        .extracting(GraphEdge::toId)
        .containsExactly("agent", "sub", "role");
    assertThat(radius.grants())
        .extracting(EffectiveGrant::permission, EffectiveGrant::holderId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("s3:GetObject", "role"),
            org.assertj.core.groups.Tuple.tuple("tickets:write", "sub"));
    assertThat(new BlastRadii(graph).of("role").identities()).hasSize(1);
  }

  @Test
  void visitsEachPrincipalOfACycleOnce() {
    GraphIndex graph =
        new Estate()
            .delegate("a", "b", ON_BEHALF_OF)
            .delegate("b", "c", ON_BEHALF_OF)
            .delegate("c", "a", ON_BEHALF_OF)
            .delegate("c", "d", ON_BEHALF_OF)
            .build();

    assertThat(depths(new BlastRadii(graph).of("b")))
        .isEqualTo(Map.of("b", 0, "c", 1, "a", 2, "d", 2));
  }

  @Test
  void marksWhatOnlyConditionsReachAndCanLeaveItOut() {
    GraphIndex graph =
        new Estate()
            .conditioned("a", "b", ASSUME_ROLE, "sts:ExternalId = x")
            .delegate("a", "c", ON_BEHALF_OF)
            .delegate("c", "b", ON_BEHALF_OF)
            .conditioned("a", "d", ASSUME_ROLE, "aws:SourceVpce = v")
            .delegate("d", "e", ON_BEHALF_OF)
            .build();

    BlastRadius all = new BlastRadii(graph).of("a");
    Map<String, Boolean> conditional =
        all.identities().stream()
            .collect(Collectors.toMap(r -> r.node().id(), ReachedIdentity::conditional));
    assertThat(conditional)
        .isEqualTo(Map.of("a", false, "b", false, "c", false, "d", true, "e", true));
    assertThat(all.pathTo("b")).extracting(GraphEdge::fromId).containsExactly("a", "c");

    BlastRadius strict = new BlastRadii(graph).of("a", new ReachOptions(false, 10));
    assertThat(depths(strict).keySet()).containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void membersReachWhatNestedGroupsHold() {
    GraphIndex graph =
        new Estate()
            .identity("erin", HUMAN)
            .identity("team", GROUP)
            .identity("all-staff", GROUP)
            .delegate("erin", "team", GROUP_MEMBERSHIP)
            .delegate("team", "all-staff", GROUP_MEMBERSHIP)
            .grant("all-staff", "Sites.Read.All", "graph", Privilege.READ)
            .build();

    BlastRadius radius = new BlastRadii(graph).of("erin");

    assertThat(radius.grants())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.permission()).isEqualTo("Sites.Read.All");
              assertThat(g.holderId()).isEqualTo("all-staff");
            });
  }

  @Test
  void skipsExpiredDelegationsAndStopsAtTheDepthAsked() {
    GraphIndex graph =
        new Estate()
            .expiredDelegation("a", "gone")
            .delegate("a", "b", ON_BEHALF_OF)
            .delegate("b", "c", ON_BEHALF_OF)
            .build();

    assertThat(depths(new BlastRadii(graph).of("a")).keySet())
        .containsExactlyInAnyOrder("a", "b", "c");
    assertThat(depths(new BlastRadii(graph).of("a", new ReachOptions(true, 1))).keySet())
        .containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void coversResourcesByPatternWithTheirContents() {
    GraphIndex graph =
        new Estate()
            .resource("lake", ResourceKind.BUCKET, null, true)
            .resource("lake-q3", ResourceKind.DATASET, "lake", true)
            .resource("artifacts", ResourceKind.BUCKET, null, false)
            .resource("model", ResourceKind.MODEL, null, false)
            .resource("model-v1", ResourceKind.MODEL_VERSION, "model", false)
            .delegate("reader", "writer", ON_BEHALF_OF)
            .grant("reader", "s3:GetObject", "lake/*", Privilege.READ)
            .grant("writer", "s3:PutObject", "artifacts/raw/*", Privilege.WRITE)
            .grant("writer", "s3:PutObject", "lake/*", Privilege.WRITE)
            .grant("admin", "*", "*", Privilege.ADMIN)
            .build();

    BlastRadius reader = new BlastRadii(graph).of("reader");
    assertThat(reader.resources())
        .extracting(r -> r.resource().id(), ReachedResource::privilege)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("lake", Privilege.WRITE),
            org.assertj.core.groups.Tuple.tuple("lake-q3", Privilege.WRITE),
            org.assertj.core.groups.Tuple.tuple("artifacts", Privilege.WRITE));
    assertThat(reader.resources().get(0).permissions())
        .containsExactly("s3:GetObject", "s3:PutObject");
    assertThat(new BlastRadii(graph).of("admin").resources()).isEmpty();
  }

  @Test
  void sourceWideGrantsCoverEveryResourceOfTheirSource() {
    GraphIndex graph =
        new Estate()
            .identity("admin", AGENT)
            .resource("lake", ResourceKind.BUCKET, null, true)
            .resource("model", ResourceKind.MODEL, null, false)
            .grant("admin", "AdministratorAccess", "*", Privilege.ADMIN)
            .build();

    assertThat(new BlastRadii(graph).of("admin").resources())
        .extracting(r -> r.resource().id())
        .containsExactlyInAnyOrder("lake", "model");
  }

  @Test
  void measuresTheDepthFromTheFarthestDelegator() {
    GraphIndex graph =
        new Estate()
            .delegate("h", "a", ON_BEHALF_OF)
            .delegate("a", "b", ON_BEHALF_OF)
            .delegate("b", "r", ASSUME_ROLE)
            .delegate("x", "r", ASSUME_ROLE)
            .build();

    BlastRadii radii = new BlastRadii(graph);
    assertThat(radii.delegationDepth("r")).isEqualTo(3);
    assertThat(radii.delegationDepth("h")).isZero();
    assertThatThrownBy(() -> radii.of("nobody")).hasMessageContaining("no principal nobody");
  }

  static Map<String, Integer> depths(BlastRadius radius) {
    return radius.identities().stream()
        .collect(Collectors.toMap(r -> r.node().id(), ReachedIdentity::depth));
  }
}
