package io.keyward.connectors.caep;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a security event may be trusted: a signature that verifies against the
 * transmitter's JWKS, or the user's explicit say-so for events that cannot be verified (no JWKS,
 * {@code alg: none}, decoded claims). A signature that fails against a given JWKS is refused either
 * way: that event was altered or signed by someone else.
 */
final class SetVerifier {
  static final String ALLOW_UNSIGNED = "allowUnsigned";
  static final String JWKS = "jwks";

  private final @Nullable Jwks jwks;
  private final boolean allowUnsigned;

  SetVerifier(@Nullable Jwks jwks, boolean allowUnsigned) {
    this.jwks = jwks;
    this.allowUnsigned = allowUnsigned;
  }

  /**
   * @throws IllegalArgumentException saying why the token is not accepted
   */
  void check(SecurityEventToken token) {
    String alg = token.algorithm();
    if (alg.equals("none")) {
      requireUnsignedAllowed("unsigned (alg none)");
      return;
    }
    if (jwks == null) {
      requireUnsignedAllowed("signature not verified: no JWKS given (--jwks FILE)");
      return;
    }
    String kty = alg.startsWith("ES") ? "EC" : "RSA";
    Jwks.Key key =
        jwks.key(token.keyId(), kty)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no "
                            + kty
                            + " key "
                            + (token.keyId().isEmpty() ? "(no kid)" : "kid " + token.keyId())
                            + " in the JWKS"));
    if (!verifies(alg, key, token)) {
      throw new IllegalArgumentException(
          "signature does not verify against "
              + (key.kid().isEmpty() ? "the JWKS key" : "kid " + key.kid())
              + "; the event was altered or signed by another key");
    }
  }

  /** Decoded claims carry no signature at all. */
  void checkDecoded() {
    requireUnsignedAllowed("decoded claims carry no signature");
  }

  private void requireUnsignedAllowed(String why) {
    if (!allowUnsigned) {
      throw new IllegalArgumentException(
          why + "; unverified events are accepted only with --allow-unsigned");
    }
  }

  private static boolean verifies(String alg, Jwks.Key key, SecurityEventToken token) {
    try {
      Signature signature =
          switch (alg) {
            case "RS256" -> Signature.getInstance("SHA256withRSA");
            case "RS384" -> Signature.getInstance("SHA384withRSA");
            case "RS512" -> Signature.getInstance("SHA512withRSA");
            case "ES256" -> Signature.getInstance("SHA256withECDSA");
            case "ES384" -> Signature.getInstance("SHA384withECDSA");
            default ->
                throw new IllegalArgumentException(
                    "alg " + alg + " is not supported (RS256, RS384, RS512, ES256, ES384)");
          };
      signature.initVerify(key.publicKey());
      signature.update(token.signingInput());
      byte[] bytes = alg.startsWith("ES") ? der(token.signature()) : token.signature();
      return signature.verify(bytes);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** JWS ECDSA signatures are {@code r || s}; Java verifies DER {@code SEQUENCE {r, s}}. */
  static byte[] der(byte[] raw) {
    if (raw.length == 0 || raw.length % 2 != 0 || raw.length > 96) {
      return new byte[0];
    }
    int half = raw.length / 2;
    byte[] r = new BigInteger(1, Arrays.copyOfRange(raw, 0, half)).toByteArray();
    byte[] s = new BigInteger(1, Arrays.copyOfRange(raw, half, raw.length)).toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x30);
    out.write(r.length + s.length + 4);
    out.write(0x02);
    out.write(r.length);
    out.writeBytes(r);
    out.write(0x02);
    out.write(s.length);
    out.writeBytes(s);
    return out.toByteArray();
  }
}
