package io.keyward.connectors.huggingface;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.MappedItems;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.huggingface.HubWire.Member;
import io.keyward.connectors.huggingface.HubWire.Repo;
import io.keyward.connectors.huggingface.HubWire.WhoAmI;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.Privilege;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubMapperTest {
  private static final String SOURCE = "hf:demo-corp-ml";
  private static final String ORG_URL = "https://huggingface.co/demo-corp-ml";
  private final HubMapper mapper = new HubMapper(SOURCE, "demo-corp-ml", ORG_URL);

  private static <T> T read(String fixture, Class<T> type) {
    return WireJson.read(Fixtures.text("huggingface", fixture), type, SOURCE, fixture, null);
  }

  private static WhoAmI whoAmI(String json) {
    return WireJson.read(json, WhoAmI.class, SOURCE, "whoami", null);
  }

  @Test
  void aTokenOwnerWhoIsNotListedGetsTheRoleWhoamiReports() {
    MappedItems items =
        mapper.map(
            new HubSnapshot(read("whoami-v2.json", WhoAmI.class), List.of(), List.of(), List.of()));

    assertThat(items.identities()).extracting(Identity::name).containsExactly("marco-rossi");
    assertThat(items.grants())
        .filteredOn(g -> g.permission().equals("org:write"))
        .singleElement()
        .satisfies(g -> assertThat(g.resource()).isEqualTo(ORG_URL));
  }

  @Test
  void membersWithoutARoleGetNoGrantAndAppsAreApplications() {
    MappedItems items =
        mapper.map(
            new HubSnapshot(
                whoAmI(
                    "{\"type\":\"app\",\"name\":\"deploy-bot\",\"auth\":{\"accessToken\":"
                        + "{\"displayName\":\"deploy\",\"role\":\"read\"}}}"),
                List.of(read("members-2.json", Member[].class)),
                List.of(),
                List.of()));

    assertThat(items.identities())
        .filteredOn(i -> i.name().equals("deploy-bot"))
        .singleElement()
        .satisfies(i -> assertThat(i.kind()).isEqualTo(IdentityKind.APPLICATION));
    assertThat(items.grants())
        .extracting(Grant::principalId)
        .containsExactly(SOURCE + ":user/nightly-publisher");
    assertThat(items.grants().get(0).privilege()).isEqualTo(Privilege.WRITE);
    assertThat(items.credentials())
        .singleElement()
        .satisfies(c -> assertThat(c.scopes()).containsExactly("read"));
  }

  @Test
  void gatedAutoOrManualAndPrivateReposAreSensitive() {
    MappedItems items =
        mapper.map(
            new HubSnapshot(
                whoAmI("{\"type\":\"user\",\"name\":\"x\"}"),
                List.of(),
                List.of(read("models-1.json", Repo[].class)),
                List.of(read("datasets.json", Repo[].class))));

    assertThat(items.resources()).allMatch(r -> r.sensitive());
    assertThat(items.resources().get(0).externalId())
        .isEqualTo("demo-corp-ml/support-summarizer-7b");
  }
}
