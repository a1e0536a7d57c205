package io.keyward.connectors.entra;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.keyward.connectors.http.WireJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The signed JWT a confidential client sends instead of a secret (RFC 7523, Microsoft identity
 * platform certificate credentials): RS256 over header and claims with the certificate's key.
 */
final class ClientAssertion {
  static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  /** Long enough to survive a slow token request, short enough to be useless when replayed. */
  private static final Duration LIFETIME = Duration.ofMinutes(10);

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private ClientAssertion() {}

  /**
   * @param audience the token endpoint URL the assertion is sent to
   * @param jti a value never used twice, so Entra can refuse a replay
   */
  static String sign(
      CertificateKey key, String clientId, String audience, Instant now, String jti) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "RS256");
    header.put("typ", "JWT");
    // Both thumbprints: x5t#S256 is what Entra now prefers, x5t what older clouds still check.
    header.put("x5t#S256", key.sha256Thumbprint());
    header.put("x5t", key.sha1Thumbprint());
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("aud", audience);
    claims.put("iss", clientId);
    claims.put("sub", clientId);
    claims.put("jti", jti);
    claims.put("nbf", now.getEpochSecond());
    claims.put("iat", now.getEpochSecond());
    claims.put("exp", now.plus(LIFETIME).getEpochSecond());
    String signingInput = part(header) + "." + part(claims);
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key.privateKey());
      rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + BASE64URL.encodeToString(rs256.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign the client assertion with " + key, e);
    }
  }

  static String sign(CertificateKey key, String clientId, String audience, Instant now) {
    return sign(key, clientId, audience, now, UUID.randomUUID().toString());
  }

  private static String part(Map<String, Object> json) {
    try {
      return BASE64URL.encodeToString(WireJson.MAPPER.writeValueAsBytes(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings and numbers is always JSON", e);
    }
  }
}
