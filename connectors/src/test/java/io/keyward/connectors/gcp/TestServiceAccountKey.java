package io.keyward.connectors.gcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A key pair made for one test and a service-account key file holding its private half, shaped like
 * the console's download, with {@code token_uri} pointing wherever the test says.
 */
final class TestServiceAccountKey {
  static final String CLIENT_EMAIL = "keyward-reader@ml-prod-4711.iam.gserviceaccount.com";
  static final String KEY_ID = "5c0ffee5a1b2c3d4e5f60718293a4b5c6d7e8f90";
  private static final KeyPair PAIR = generate();

  private TestServiceAccountKey() {}

  static PublicKey publicKey() {
    return PAIR.getPublic();
  }

  static Path write(Path dir, String tokenUri) {
    Map<String, String> key = new LinkedHashMap<>();
    key.put("type", "service_account");
    key.put("project_id", "ml-prod-4711");
    key.put("private_key_id", KEY_ID);
    key.put("private_key", pem());
    key.put("client_email", CLIENT_EMAIL);
    key.put("client_id", "111122223333444455556");
    key.put("auth_uri", "https://accounts.google.com/o/oauth2/auth");
    key.put("token_uri", tokenUri);
    key.put("universe_domain", "googleapis.com");
    try {
      Path file = dir.resolve("keyward-reader.json");
      new ObjectMapper().writeValue(file.toFile(), key);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code jwt}'s RS256 signature was made with this test's private key. */
  static boolean verifies(String jwt) {
    int lastDot = jwt.lastIndexOf('.');
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(PAIR.getPublic());
      rsa.update(jwt.substring(0, lastDot).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return rsa.verify(Base64.getUrlDecoder().decode(jwt.substring(lastDot + 1)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The private key as PKCS#8 PEM with 64-character lines, as Google writes it. */
  private static String pem() {
    String base64 =
        Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(PAIR.getPrivate().getEncoded());
    return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
