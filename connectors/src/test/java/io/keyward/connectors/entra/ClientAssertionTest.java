package io.keyward.connectors.entra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientAssertionTest {
  private static final String AUDIENCE =
      "https://login.microsoftonline.com/7e5a0000-0000-4000-8000-00000000c0de/oauth2/v2.0/token";
  private static final String CLIENT = "c1b00000-0000-4000-8000-0000000000a2";
  private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

  private final CertificateKey key =
      CertificateKey.read(Fixtures.path("entra", "test-only-certificate.pem"));

  private static JsonNode json(String part) throws Exception {
    return WireJson.MAPPER.readTree(Base64.getUrlDecoder().decode(part));
  }

  @Test
  void theAssertionVerifiesAgainstTheCertificatesPublicKey() throws Exception {
    String jwt = ClientAssertion.sign(key, CLIENT, AUDIENCE, NOW, "jti-1");
    String[] parts = jwt.split("\\.");

    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initVerify(key.certificate().getPublicKey());
    rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
  }

  @Test
  void headerNamesTheCertificateByItsThumbprints() throws Exception {
    JsonNode header = json(ClientAssertion.sign(key, CLIENT, AUDIENCE, NOW, "j").split("\\.")[0]);
    byte[] der = key.certificate().getEncoded();
    Base64.Encoder b64url = Base64.getUrlEncoder().withoutPadding();

    assertThat(header.get("alg").asText()).isEqualTo("RS256");
    assertThat(header.get("typ").asText()).isEqualTo("JWT");
    assertThat(header.get("x5t#S256").asText())
        .isEqualTo(b64url.encodeToString(MessageDigest.getInstance("SHA-256").digest(der)));
    assertThat(header.get("x5t").asText())
        .isEqualTo(b64url.encodeToString(MessageDigest.getInstance("SHA-1").digest(der)));
  }

  @Test
  void claimsNameTheClientTheTokenEndpointAndAShortLifetime() throws Exception {
    JsonNode claims =
        json(ClientAssertion.sign(key, CLIENT, AUDIENCE, NOW, "jti-42").split("\\.")[1]);

    assertThat(claims.get("aud").asText()).isEqualTo(AUDIENCE);
    assertThat(claims.get("iss").asText()).isEqualTo(CLIENT);
    assertThat(claims.get("sub").asText()).isEqualTo(CLIENT);
    assertThat(claims.get("jti").asText()).isEqualTo("jti-42");
    assertThat(claims.get("nbf").asLong()).isEqualTo(NOW.getEpochSecond());
    assertThat(claims.get("exp").asLong()).isEqualTo(NOW.getEpochSecond() + 600);
  }

  @Test
  void eachAssertionHasItsOwnJti() throws Exception {
    String first =
        json(ClientAssertion.sign(key, CLIENT, AUDIENCE, NOW).split("\\.")[1]).get("jti").asText();
    String second =
        json(ClientAssertion.sign(key, CLIENT, AUDIENCE, NOW).split("\\.")[1]).get("jti").asText();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void aPkcs1KeyReadsAsTheSameKey() {
    CertificateKey pkcs1 =
        CertificateKey.read(Fixtures.path("entra", "test-only-certificate-pkcs1.pem"));

    assertThat(pkcs1.privateKey().getEncoded()).isEqualTo(key.privateKey().getEncoded());
    assertThat(pkcs1.sha256Thumbprint()).isEqualTo(key.sha256Thumbprint());
  }

  @Test
  void printsAsItsThumbprintNeverTheKey() {
    assertThat(key.toString())
        .contains("CN=keyward-test-only-sync-app", key.sha256Thumbprint())
        .doesNotContain("PRIVATE", "MII");
  }

  @Test
  void aKeyThatIsNotTheCertificatesIsRefused() {
    assertThatThrownBy(
            () -> CertificateKey.read(Fixtures.path("entra", "test-only-mismatched.pem")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the private key is not the RSA key of certificate CN=keyward-test-only-sync-app");
  }

  @Test
  void aFileWithoutKeyOrWithAnEncryptedKeySaysWhatIsMissing(@TempDir Path dir) throws Exception {
    String pem = GraphFixtures.text("test-only-certificate.pem");
    Path certOnly = dir.resolve("cert-only.pem");
    Files.writeString(certOnly, pem.substring(pem.indexOf("-----BEGIN CERTIFICATE-----")));
    Path encrypted = dir.resolve("encrypted.pem");
    Files.writeString(
        encrypted,
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n");

    assertThatThrownBy(() -> CertificateKey.read(certOnly))
        .hasMessage(
            "the client certificate "
                + certOnly
                + " needs both a CERTIFICATE and an unencrypted RSA PRIVATE KEY in PEM");
    assertThatThrownBy(() -> CertificateKey.read(encrypted))
        .hasMessageContaining("holds an encrypted private key");
    assertThatThrownBy(() -> CertificateKey.read(dir.resolve("absent.pem")))
        .hasMessageStartingWith("cannot read the client certificate");
  }
}
