package io.keyward.model.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.model.domain.IdentityKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DemoScaleTest {

  @Test
  void cliNamesRoundTrip() {
    assertThat(Arrays.stream(DemoScale.values()).map(DemoScale::cliName))
        .containsExactly("demo", "large", "huge");
    assertThat(DemoScale.fromCliName(" LARGE ")).isEqualTo(DemoScale.LARGE);
    assertThatThrownBy(() -> DemoScale.fromCliName("medium"))
        .hasMessageContaining("demo|large|huge");
  }

  @Test
  void demoHasExactlyItsIdentitiesAndGrants() {
    CollectedEstate estate = CollectedEstate.demo(1);

    assertThat(estate.identities).hasSize(DemoScale.DEMO.identities());
    assertThat((long) estate.grants.size()).isEqualTo(DemoScale.DEMO.grants());
  }

  /** Streams into a counting sink: every item is still built, so validation runs on all. */
  @Test
  void largeHasExactlyOneHundredThousandIdentitiesAndOneMillionGrants() {
    CountingSink counts = new CountingSink();
    DemoEstate.write(
        DemoScale.LARGE, 1, CollectedEstate.AS_OF, (source, contents) -> contents.accept(counts));

    assertThat(counts.identities).isEqualTo(100_000);
    assertThat(counts.grants).isEqualTo(1_000_000);
    assertThat(counts.identitiesByKind).containsKeys(IdentityKind.values());
    assertThat(counts.credentials).isPositive();
    assertThat(counts.delegations).isPositive();
    assertThat(counts.events).isPositive();
  }
}
