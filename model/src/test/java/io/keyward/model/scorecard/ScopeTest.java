package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Fixture.AWS;
import static io.keyward.model.scorecard.Fixture.FEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Severity;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeTest {

  @Test
  void parsesTheCommandLineForms() {
    assertThat(Scope.parse("all")).isEqualTo(Scope.All.INSTANCE);
    assertThat(Scope.parse("source:aws:1111")).isEqualTo(new Scope.OfSource("aws:1111"));
    assertThat(Scope.parse("tag:team=ml-platform"))
        .isEqualTo(new Scope.OfTag("team", "ml-platform"));
    assertThat(Scope.parse("tag:team=ml-platform").cliForm()).isEqualTo("tag:team=ml-platform");
  }

  @Test
  void refusesAnythingElseWithTheFormsInTheMessage() {
    for (String bad : new String[] {"source:", "tag:team", "tag:=x", "team=ml", "everything"}) {
      assertThatThrownBy(() -> Scope.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("all, source:ID, tag:KEY=VALUE");
    }
  }

  @Test
  void aTagScopeKeepsTheTeamsIdentitiesAndWhatHangsOffThem() {
    Estate estate =
        Fixture.with(AWS, FEED)
            .human("ann", "team", "ml")
            .agent("ml-bot", "ann")
            .staticKey("k", "ml-bot", 3)
            .grant("g", "ml-bot", "p", "r", Privilege.READ)
            .human("bob", "team", "ops")
            .delegation("d", "ann", "ml-bot", DelegationKind.ON_BEHALF_OF, "x")
            .alert("a1", FEED, 5, Severity.HIGH, "ann", AlertStatus.OPEN)
            .alert("a2", FEED, 5, Severity.HIGH, "bob", AlertStatus.OPEN)
            .build();
    // ml-bot carries no team tag itself: only tagged identities are in the scope.
    Estate ml = estate.within(new Scope.OfTag("team", "ml"));
    assertThat(ml.identities()).extracting(Identity::id).containsExactly("ann");
    assertThat(ml.delegations()).hasSize(1);
    assertThat(ml.alerts()).extracting(a -> a.id()).containsExactly("a1");
    assertThat(ml.credentials()).isEmpty();
    assertThat(ml.sources()).hasSize(2);
  }

  @Test
  void aSourceScopeKeepsItsIdentitiesAndEveryNonIdentitySource() {
    Source gcp = new Source("gcp", SourceKind.GCP_IAM, "GCP", "p");
    Estate.Builder b = Estate.builder(Fixture.NOW).source(AWS).source(gcp).source(FEED);
    b.add(
        new Identity(
            "g1",
            "gcp",
            "x",
            IdentityKind.AGENT,
            "g1",
            null,
            IdentityStatus.ENABLED,
            null,
            null,
            "t",
            Map.of()));
    b.add(
        new Identity(
            "a1",
            "aws",
            "y",
            IdentityKind.AGENT,
            "a1",
            null,
            IdentityStatus.ENABLED,
            null,
            null,
            "t",
            Map.of()));
    Estate scoped = b.build().within(new Scope.OfSource("gcp"));
    assertThat(scoped.identities()).extracting(Identity::id).containsExactly("g1");
    assertThat(scoped.sources()).extracting(Source::id).containsExactly("gcp", "ocsf");
  }
}
