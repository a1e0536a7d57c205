package io.keyward.model.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * An Ed25519 key pair that signs snapshot manifests, read from the PKCS#8 PEM that {@code openssl
 * genpkey -algorithm ed25519} and {@link #generate()} write. Only the JDK's own Ed25519 is used.
 */
public final class SigningKey {
  private static final String ALGORITHM = "Ed25519";
  private static final String PRIVATE_PEM = "PRIVATE KEY";
  private static final String PUBLIC_PEM = "PUBLIC KEY";

  private final PrivateKey privateKey;
  private final Public publicKey;

  private SigningKey(PrivateKey privateKey, Public publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  public static SigningKey generate() {
    try {
      KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
      return new SigningKey(pair.getPrivate(), new Public(pair.getPublic()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
    }
  }

  /**
   * Reads a PKCS#8 PEM private key ({@code -----BEGIN PRIVATE KEY-----}).
   *
   * @throws SnapshotException when the file is missing or holds no Ed25519 private key
   */
  public static SigningKey read(Path pemFile) {
    String pem;
    try {
      pem = Files.readString(pemFile, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new SnapshotException(
          "cannot read the signing key " + pemFile + ": " + e.getMessage(), e);
    }
    try {
      PrivateKey key =
          KeyFactory.getInstance(ALGORITHM)
              .generatePrivate(new PKCS8EncodedKeySpec(pemBody(pem, PRIVATE_PEM)));
      return new SigningKey(key, new Public(publicOf((EdECPrivateKey) key)));
    } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
      throw new SnapshotException(
          pemFile
              + " is not an Ed25519 private key in PKCS#8 PEM (make one with `keyward snapshot"
              + " keygen` or `openssl genpkey -algorithm ed25519`)");
    }
  }

  /**
   * The public half. The JDK derives it only while generating, so the generator is handed the
   * private key's own bytes as its randomness (Ed25519 keys are 32 random bytes, RFC 8032 5.1.5).
   */
  private static PublicKey publicOf(EdECPrivateKey key) throws GeneralSecurityException {
    byte[] seed =
        key.getBytes().orElseThrow(() -> new GeneralSecurityException("private key not readable"));
    SecureRandom replay =
        new SecureRandom() {
          private static final long serialVersionUID = 1L;

          @Override
          public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
          }
        };
    KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
    generator.initialize(NamedParameterSpec.ED25519, replay);
    return generator.generateKeyPair().getPublic();
  }

  /**
   * Writes {@code dir/snapshot-signing.pem} (owner-only where the file system allows) and {@code
   * .pub.pem}.
   */
  public Path writeTo(Path dir) {
    Path privateFile = dir.resolve("snapshot-signing.pem");
    Path publicFile = dir.resolve("snapshot-signing.pub.pem");
    if (Files.exists(privateFile) || Files.exists(publicFile)) {
      throw new SnapshotException(privateFile + " or its .pub.pem already exists; not overwritten");
    }
    try {
      Files.createDirectories(dir);
      Files.createFile(privateFile);
      try {
        Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the file inherits the folder's ACL; docs/snapshots.md says where to keep it.
      }
      Files.writeString(privateFile, pem(PRIVATE_PEM, privateKey.getEncoded()));
      Files.writeString(publicFile, pem(PUBLIC_PEM, publicKey.key.getEncoded()));
      return privateFile;
    } catch (IOException e) {
      throw new SnapshotException("cannot write the key to " + dir + ": " + e.getMessage(), e);
    }
  }

  public Public publicKey() {
    return publicKey;
  }

  byte[] sign(byte[] data) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(privateKey);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing with an Ed25519 key cannot fail", e);
    }
  }

  private static byte[] pemBody(String pem, String label) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("no " + label + " block");
    }
    return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
  }

  private static String pem(String label, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  /** A public key as a manifest names it: X.509 DER in base64, and its fingerprint. */
  public static final class Public {
    private final PublicKey key;

    Public(PublicKey key) {
      this.key = key;
    }

    static Public fromBase64(String base64) {
      try {
        return new Public(
            KeyFactory.getInstance(ALGORITHM)
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64))));
      } catch (GeneralSecurityException e) {
        throw new IllegalArgumentException("signingKey is not an Ed25519 public key");
      }
    }

    String base64() {
      return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /**
     * {@code SHA256:} and the base64 of the SHA-256 of the X.509 DER public key, what {@code
     * openssl pkey -pubout -outform DER | openssl dgst -sha256 -binary | base64} prints.
     */
    public String fingerprint() {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
        return "SHA256:" + Base64.getEncoder().encodeToString(digest);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("every Java runtime has SHA-256", e);
      }
    }

    boolean verifies(byte[] data, byte[] signatureBytes) {
      try {
        Signature signature = Signature.getInstance(ALGORITHM);
        signature.initVerify(key);
        signature.update(data);
        return signature.verify(signatureBytes);
      } catch (GeneralSecurityException e) {
        return false;
      }
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Public p && p.base64().equals(base64());
    }

    @Override
    public int hashCode() {
      return base64().hashCode();
    }

    @Override
    public String toString() {
      return fingerprint();
    }
  }
}
