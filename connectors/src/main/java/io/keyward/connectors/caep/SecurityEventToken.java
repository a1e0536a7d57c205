package io.keyward.connectors.caep;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.http.WireJson;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A compact JWS ({@code header.claims.signature}, base64url) split into what verification and
 * mapping need. Nothing is trusted yet: {@link SetVerifier} decides.
 *
 * @param signingInput the bytes the signature covers: the first two parts as sent
 */
record SecurityEventToken(JsonNode header, JsonNode claims, byte[] signingInput, byte[] signature) {

  static SecurityEventToken parse(String compact) {
    String[] parts = compact.strip().split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "not a compact JWT (" + parts.length + " parts, expected header.claims.signature)");
    }
    return new SecurityEventToken(
        json(parts[0], "header"),
        json(parts[1], "claims"),
        (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
        decode(parts[2], "signature"));
  }

  String algorithm() {
    return header.path("alg").asText("none");
  }

  String keyId() {
    return header.path("kid").asText("");
  }

  private static JsonNode json(String part, String what) {
    byte[] bytes = decode(part, what);
    try {
      JsonNode node = WireJson.MAPPER.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("the JWT " + what + " is not a JSON object");
      }
      return node;
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("the JWT " + what + " is not JSON");
    }
  }

  private static byte[] decode(String part, String what) {
    try {
      return Base64.getUrlDecoder().decode(part);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the JWT " + what + " is not base64url");
    }
  }
}
