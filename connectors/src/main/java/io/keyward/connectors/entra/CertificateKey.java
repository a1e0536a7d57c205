package io.keyward.connectors.entra;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The app registration's certificate and its RSA private key, read from one PEM file as the Azure
 * SDKs' {@code AZURE_CLIENT_CERTIFICATE_PATH} holds it. Prints as its thumbprint, never the key.
 */
final class CertificateKey {
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

  /** DER of AlgorithmIdentifier {rsaEncryption, NULL}, to wrap a PKCS#1 key as PKCS#8. */
  private static final byte[] RSA_ALGORITHM = {
    0x30,
    0x0d,
    0x06,
    0x09,
    0x2a,
    (byte) 0x86,
    0x48,
    (byte) 0x86,
    (byte) 0xf7,
    0x0d,
    0x01,
    0x01,
    0x01,
    0x05,
    0x00
  };

  private final X509Certificate certificate;
  private final PrivateKey privateKey;

  CertificateKey(X509Certificate certificate, PrivateKey privateKey) {
    if (!(certificate.getPublicKey() instanceof RSAKey pub)
        || !(privateKey instanceof RSAKey priv)
        || !pub.getModulus().equals(priv.getModulus())) {
      throw new IllegalArgumentException(
          "the private key is not the RSA key of certificate " + subject(certificate));
    }
    this.certificate = certificate;
    this.privateKey = privateKey;
  }

  /**
   * Reads the first certificate and the private key (PKCS#8 or PKCS#1, unencrypted) in {@code
   * file}.
   *
   * @throws IllegalArgumentException naming the file and what it lacks; never quoting the key
   */
  static CertificateKey read(Path file) {
    String pem;
    try {
      pem = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the client certificate " + file + ": " + e);
    }
    X509Certificate certificate = null;
    PrivateKey key = null;
    Matcher blocks = BLOCK.matcher(pem);
    try {
      while (blocks.find()) {
        byte[] der = Base64.getMimeDecoder().decode(blocks.group(2));
        switch (blocks.group(1)) {
          case "CERTIFICATE" -> certificate = certificate == null ? certificate(der) : certificate;
          case "PRIVATE KEY" -> key = rsaKey(der);
          case "RSA PRIVATE KEY" -> key = rsaKey(pkcs8(der));
          case "ENCRYPTED PRIVATE KEY" ->
              throw new IllegalArgumentException(
                  "the client certificate "
                      + file
                      + " holds an encrypted private key; export it without a password");
          default -> {
            // Other blocks (chain parameters, EC keys Entra does not accept here) are skipped.
          }
        }
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "the client certificate " + file + " is not readable PEM: " + e.getMessage());
    }
    if (certificate == null || key == null) {
      throw new IllegalArgumentException(
          "the client certificate "
              + file
              + " needs both a CERTIFICATE and an unencrypted RSA PRIVATE KEY in PEM");
    }
    return new CertificateKey(certificate, key);
  }

  PrivateKey privateKey() {
    return privateKey;
  }

  X509Certificate certificate() {
    return certificate;
  }

  /** base64url SHA-1 of the certificate: the JWT {@code x5t} header. */
  String sha1Thumbprint() {
    return thumbprint("SHA-1");
  }

  /** base64url SHA-256 of the certificate: the JWT {@code x5t#S256} header. */
  String sha256Thumbprint() {
    return thumbprint("SHA-256");
  }

  @Override
  public String toString() {
    return "CertificateKey[" + subject(certificate) + ", x5t#S256=" + sha256Thumbprint() + "]";
  }

  private String thumbprint(String algorithm) {
    try {
      byte[] digest = MessageDigest.getInstance(algorithm).digest(certificate.getEncoded());
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }

  private static String subject(@Nullable X509Certificate certificate) {
    return certificate == null ? "?" : certificate.getSubjectX500Principal().getName();
  }

  private static X509Certificate certificate(byte[] der) throws CertificateException {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
  }

  private static PrivateKey rsaKey(byte[] pkcs8) throws GeneralSecurityException {
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  /** PrivateKeyInfo {version 0, rsaEncryption, OCTET STRING pkcs1} (RFC 5208). */
  private static byte[] pkcs8(byte[] pkcs1) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(new byte[] {0x02, 0x01, 0x00});
    body.writeBytes(RSA_ALGORITHM);
    body.writeBytes(der(0x04, pkcs1));
    return der(0x30, body.toByteArray());
  }

  private static byte[] der(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(length >>> (8 * i));
      }
    }
    out.writeBytes(content);
    return out.toByteArray();
  }
}
