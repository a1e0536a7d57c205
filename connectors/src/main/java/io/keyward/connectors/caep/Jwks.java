package io.keyward.connectors.caep;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.http.WireJson;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A transmitter's public keys (RFC 7517 JWK Set), as its {@code jwks_uri} serves them: RSA keys and
 * EC keys on P-256 or P-384. Keys of other types are left out; private members are ignored.
 */
final class Jwks {
  /** One usable key. */
  record Key(String kid, String kty, PublicKey publicKey) {}

  private final List<Key> keys;

  Jwks(List<Key> keys) {
    this.keys = List.copyOf(keys);
  }

  static Jwks read(Path file, String label) {
    JsonNode json;
    try {
      json = WireJson.MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new SourceException(label, file.toString(), null, "the JWKS cannot be read as JSON");
    }
    if (json == null || !json.path("keys").isArray()) {
      throw new SourceException(label, file.toString(), null, "not a JWKS ({\"keys\":[...]})");
    }
    List<Key> keys = new ArrayList<>();
    for (JsonNode jwk : json.path("keys")) {
      try {
        publicKey(jwk)
            .ifPresent(key -> keys.add(new Key(jwk.path("kid").asText(""), kty(jwk), key)));
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        throw new SourceException(
            label, file.toString(), "kid " + jwk.path("kid").asText("?"), "unusable key: " + e);
      }
    }
    if (keys.isEmpty()) {
      throw new SourceException(label, file.toString(), null, "the JWKS holds no RSA or EC key");
    }
    return new Jwks(keys);
  }

  /**
   * The key {@code kid} names; without a kid, the one key of type {@code kty}, if there is exactly
   * one.
   */
  Optional<Key> key(String kid, String kty) {
    if (!kid.isEmpty()) {
      return keys.stream().filter(k -> k.kid().equals(kid)).findFirst();
    }
    List<Key> ofType = keys.stream().filter(k -> k.kty().equals(kty)).toList();
    return ofType.size() == 1 ? Optional.of(ofType.get(0)) : Optional.empty();
  }

  private static String kty(JsonNode jwk) {
    return jwk.path("kty").asText("");
  }

  private static Optional<PublicKey> publicKey(JsonNode jwk) throws GeneralSecurityException {
    return switch (kty(jwk)) {
      case "RSA" ->
          Optional.of(
              KeyFactory.getInstance("RSA")
                  .generatePublic(new RSAPublicKeySpec(number(jwk, "n"), number(jwk, "e"))));
      case "EC" -> Optional.of(ecKey(jwk));
      default -> Optional.empty();
    };
  }

  private static PublicKey ecKey(JsonNode jwk) throws GeneralSecurityException {
    String curve =
        switch (jwk.path("crv").asText("")) {
          case "P-256" -> "secp256r1";
          case "P-384" -> "secp384r1";
          default ->
              throw new IllegalArgumentException("curve " + jwk.path("crv") + " is not supported");
        };
    AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
    parameters.init(new ECGenParameterSpec(curve));
    ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
    ECPoint point = new ECPoint(number(jwk, "x"), number(jwk, "y"));
    return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
  }

  private static BigInteger number(JsonNode jwk, String member) {
    String value = jwk.path(member).asText("");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("member " + member + " is missing");
    }
    return new BigInteger(1, Base64.getUrlDecoder().decode(value));
  }
}
