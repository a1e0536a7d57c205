package io.keyward.connectors.gcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.keyward.connectors.Secret;
import io.keyward.connectors.http.WireJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signed JWT a service account trades for an access token (RFC 7523 jwt-bearer grant, as
 * Google's OAuth 2.0 for server-to-server applications describes): RS256, {@code kid} the key id,
 * valid for the hour Google allows at most.
 */
final class JwtAssertion {
  static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
  static final String SCOPE = "https://www.googleapis.com/auth/cloud-platform";
  static final long LIFETIME_SECONDS = 3600;

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private JwtAssertion() {}

  static Secret sign(ServiceAccountKeyFile key, Instant now) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "RS256");
    header.put("typ", "JWT");
    header.put("kid", key.privateKeyId());
    long issuedAt = now.getEpochSecond();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", key.clientEmail());
    claims.put("scope", SCOPE);
    claims.put("aud", key.tokenUri().toString());
    claims.put("iat", issuedAt);
    claims.put("exp", issuedAt + LIFETIME_SECONDS);
    String signingInput = encode(header) + "." + encode(claims);
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key.privateKey());
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return Secret.of(signingInput + "." + BASE64URL.encodeToString(rsa.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot sign a token request with key " + key.privateKeyId() + ": " + e.getMessage(), e);
    }
  }

  private static String encode(Map<String, Object> json) {
    try {
      return BASE64URL.encodeToString(WireJson.MAPPER.writeValueAsBytes(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
