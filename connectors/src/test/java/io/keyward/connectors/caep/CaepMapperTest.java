package io.keyward.connectors.caep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.keyward.connectors.alert.FeedItem;
import io.keyward.connectors.alert.MappedAlert;
import io.keyward.connectors.alert.SubjectRef;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.model.domain.Severity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaepMapperTest {
  private static final String ISSUER = "https://sso.example.com/realms/agents";
  private static final Jwks JWKS = Jwks.read(Fixtures.path("caep", "jwks.json"), "caep");

  private static List<String> tokens(String file) {
    return Fixtures.text("caep", file).lines().toList();
  }

  private static MappedAlert map(CaepMapper mapper, String token) {
    return mapper.map(new FeedItem("line 1", TextNode.valueOf(token))).get(0);
  }

  private final CaepMapper verifying = new CaepMapper(new SetVerifier(JWKS, false));

  @Test
  void verifiesRs256AndEs256TokensAgainstTheJwks() {
    List<String> events = tokens("events.jwt");

    MappedAlert revoked = map(verifying, events.get(0));
    assertThat(revoked.externalId()).isEqualTo("3d0c3cf797584bd193bd0fb1bd4e7d30");
    assertThat(revoked.type())
        .isEqualTo("https://schemas.openid.net/secevent/caep/event-type/session-revoked");
    assertThat(revoked.time()).isEqualTo(Instant.ofEpochSecond(1732352390)); // event_timestamp, s
    assertThat(revoked.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(revoked.title())
        .isEqualTo("Session revoked for Erin.Walsh@demo-corp.example: Impossible travel detected");
    assertThat(revoked.subjects())
        .containsExactly(new SubjectRef.Email("erin.walsh@demo-corp.example"));

    MappedAlert changed = map(verifying, events.get(1)); // ES256
    assertThat(changed.title())
        .isEqualTo(
            "Credential change (x509, revoke, svc-trainer signing cert) for"
                + " 7f0c9a4e-2b1d-4c3e-9f8a-6b5d4c3b2a19");
    assertThat(changed.subjects())
        .containsExactly(
            new SubjectRef.IssuerSubject(ISSUER, "7f0c9a4e-2b1d-4c3e-9f8a-6b5d4c3b2a19"));
    assertThat(changed.severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void aComplexSubjectTriesTheSessionBeforeTheUser() {
    MappedAlert claims = map(verifying, tokens("events.jwt").get(2));

    assertThat(claims.subjects())
        .containsExactly(
            new SubjectRef.CredentialId("d4e5f6a7-0b1c-4d2e-8f3a-9b0c1d2e3f4a"),
            new SubjectRef.IssuerSubject(ISSUER, "7f0c9a4e-2b1d-4c3e-9f8a-6b5d4c3b2a19"));
    assertThat(claims.severity()).isEqualTo(Severity.LOW);
    MappedAlert risk = map(verifying, tokens("events.jwt").get(3));
    assertThat(risk.severity()).isEqualTo(Severity.HIGH);
    assertThat(risk.title()).isEqualTo("Risk level change (now high) for svc-unknown-42");
    assertThat(risk.subjects())
        .containsExactly(
            new SubjectRef.ExternalId("svc-unknown-42"), new SubjectRef.Name("svc-unknown-42"));
  }

  @Test
  void refusesAlteredClaimsAndSignaturesByOtherKeys() {
    List<String> lines = tokens("tampered.jwt");

    assertThat(map(verifying, lines.get(0)).externalId()).isNotBlank(); // the genuine one
    assertThatThrownBy(() -> map(verifying, lines.get(1)))
        .hasMessageStartingWith("signature does not verify against kid ec-2026");
    assertThatThrownBy(() -> map(verifying, lines.get(2)))
        .hasMessageStartingWith("signature does not verify against kid rsa-2026");
    // Allowing unsigned events does not let a failed signature through.
    CaepMapper lenient = new CaepMapper(new SetVerifier(JWKS, true));
    assertThatThrownBy(() -> map(lenient, lines.get(1))).hasMessageContaining("does not verify");
  }

  @Test
  void unverifiableEventsLoadOnlyWhenTheUserSaysSo() throws Exception {
    String unsigned = tokens("unsigned.jwt").get(0);
    String signed = tokens("events.jwt").get(0);
    FeedItem decoded =
        new FeedItem(
            "item 1",
            WireJson.MAPPER.readTree(Fixtures.text("caep", "decoded-claims.json")).get(0));
    CaepMapper strict = new CaepMapper(new SetVerifier(null, false));
    CaepMapper lenient = new CaepMapper(new SetVerifier(null, true));

    assertThatThrownBy(() -> map(verifying, unsigned))
        .hasMessage(
            "unsigned (alg none); unverified events are accepted only with --allow-unsigned");
    assertThatThrownBy(() -> map(strict, signed))
        .hasMessageStartingWith("signature not verified: no JWKS given (--jwks FILE)");
    assertThatThrownBy(() -> strict.map(decoded))
        .hasMessageStartingWith("decoded claims carry no signature");
    assertThat(map(lenient, unsigned).externalId()).isEqualTo("3d0c3cf797584bd193bd0fb1bd4e7d30");
    assertThat(map(lenient, signed).externalId()).isEqualTo("3d0c3cf797584bd193bd0fb1bd4e7d30");
    assertThat(lenient.map(decoded))
        .singleElement()
        .satisfies(a -> assertThat(a.time()).isEqualTo(Instant.ofEpochSecond(1732352390)));
  }

  @Test
  void readsAPollReplyAndRefusesWhatIsNotAToken() throws Exception {
    List<MappedAlert> polled =
        verifying.map(
            new FeedItem(
                "document", WireJson.MAPPER.readTree(Fixtures.text("caep", "poll-reply.json"))));

    assertThat(polled)
        .extracting(MappedAlert::externalId)
        .containsExactly("3d0c3cf797584bd193bd0fb1bd4e7d30", "a5f1e0b2c3d44e5f8a9b0c1d2e3f4a5b");
    assertThatThrownBy(() -> map(verifying, "not-a-token"))
        .hasMessage("not a compact JWT (1 parts, expected header.claims.signature)");
    assertThatThrownBy(() -> map(verifying, "a.b"))
        .hasMessageStartingWith("not a compact JWT (2 parts");
  }

  @Test
  void claimsNeedAnIssuerAnIdAnIssueTimeInSecondsAndEvents() throws Exception {
    assertThatThrownBy(
            () ->
                CaepMapper.claims(
                    WireJson.MAPPER.readTree("{\"iss\":\"x\",\"jti\":\"j\",\"iat\":1}")))
        .hasMessage("events is missing or empty");
    assertThatThrownBy(
            () ->
                CaepMapper.claims(
                    WireJson.MAPPER.readTree(
                        "{\"iss\":\"x\",\"jti\":\"j\",\"iat\":\"yesterday\",\"events\":{\"t\":{}}}")))
        .hasMessage("iat is missing or not a number of seconds");
    MappedAlert fractional =
        CaepMapper.claims(
                WireJson.MAPPER.readTree(
                    "{\"iss\":\"x\",\"jti\":\"j\",\"iat\":1732352400.5,\"events\":{\"urn:example:t\":{}}}"))
            .get(0);
    assertThat(fractional.time()).isEqualTo(Instant.parse("2024-11-23T09:00:00.500Z"));
    assertThat(fractional.type()).isEqualTo("urn:example:t");
  }
}
