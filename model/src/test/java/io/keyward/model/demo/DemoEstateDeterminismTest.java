package io.keyward.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.Identity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoEstateDeterminismTest {

  @Test
  void sameSeedGivesTheSameItemsInTheSameOrder() {
    assertThat(CollectedEstate.demo(42).stream).isEqualTo(CollectedEstate.demo(42).stream);
  }

  @Test
  void anotherSeedGivesAnotherEstateWithTheSameStory() {
    CollectedEstate first = CollectedEstate.demo(42);
    CollectedEstate second = CollectedEstate.demo(43);

    assertThat(second.stream).isNotEqualTo(first.stream);
    assertThat(second.identity(AwsAccountStory.DEPLOY_AGENT).externalId())
        .isEqualTo(first.identity(AwsAccountStory.DEPLOY_AGENT).externalId());
    assertThat(second.credentialsOf(AwsAccountStory.CI_BOT).get(0).externalId())
        .isNotEqualTo(first.credentialsOf(AwsAccountStory.CI_BOT).get(0).externalId());
  }

  @Test
  void everyTimestampMovesWithAsOf() {
    Duration shift = Duration.ofDays(1);
    CollectedEstate now = CollectedEstate.of(DemoScale.DEMO, 7, CollectedEstate.AS_OF);
    CollectedEstate later =
        CollectedEstate.of(DemoScale.DEMO, 7, CollectedEstate.AS_OF.plus(shift));

    assertThat(createdAt(later.identities, Duration.ZERO))
        .isEqualTo(createdAt(now.identities, shift));
    for (int i = 0; i < now.alerts.size(); i++) {
      assertThat(later.alerts.get(i).time()).isEqualTo(now.alerts.get(i).time().plus(shift));
    }
    for (int i = 0; i < now.events.size(); i++) {
      assertThat(later.events.get(i).time()).isEqualTo(now.events.get(i).time().plus(shift));
    }
  }

  private static List<Instant> createdAt(List<Identity> identities, Duration shift) {
    return identities.stream().map(i -> i.createdAt().plus(shift)).toList();
  }
}
