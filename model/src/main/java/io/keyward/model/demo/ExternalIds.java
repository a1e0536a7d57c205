package io.keyward.model.demo;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Makes identifiers shaped like each source's real ones (AWS key ids, GUIDs, UUIDv7 run ids, GCP
 * key names, fingerprints) from one seeded random, so they look right and never are real.
 */
final class ExternalIds {
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String DIGITS = "0123456789";
  private static final String HEX = "0123456789abcdef";
  private static final String BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private final SplittableRandom random;

  ExternalIds(SplittableRandom random) {
    this.random = random;
  }

  /** A random for {@code key} under {@code seed}: independent of every other key's sequence. */
  static SplittableRandom seeded(long seed, String key) {
    return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + key.hashCode()));
  }

  /** A random for the {@code index}-th item of a bulk sequence, cheap enough to make per item. */
  static SplittableRandom seeded(long seed, long index) {
    return new SplittableRandom(mix(seed + index * 0x9E3779B97F4A7C15L));
  }

  /** MurmurHash3's finaliser: neighbouring seeds give unrelated sequences. */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  SplittableRandom random() {
    return random;
  }

  /** AWS access key id: {@code AKIA} (long-term) or {@code ASIA} (STS session) + 16 base32. */
  String awsKeyId(String prefix) {
    return prefix + chars(BASE32, 16);
  }

  /** A random (version 4) GUID, as Entra object ids, Keycloak ids and CloudTrail event ids. */
  String guid() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return uuid(high, low);
  }

  /** A time-ordered (version 7) UUID, as OpenLineage producers mint run ids. */
  String uuidV7(Instant time) {
    long high = (time.toEpochMilli() << 16) | 0x7000L | random.nextInt(0x1000);
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return uuid(high, low);
  }

  /**
   * An id Microsoft Graph gives an app role assignment or a delegated permission grant: 43
   * base64url characters.
   */
  String graphItemId() {
    return chars(BASE64URL, 43);
  }

  /** A GCP service account's numeric unique id: 21 digits. */
  String gcpUniqueId() {
    return "1" + chars(DIGITS, 20);
  }

  String hex(int length) {
    return chars(HEX, length);
  }

  /** A SHA-256 fingerprint of key material in the {@code SHA256:base64} form ssh-keygen prints. */
  String fingerprint() {
    return "SHA256:" + chars(BASE64URL, 43);
  }

  /** An address from the documentation ranges (RFC 5737): never someone's real network. */
  String documentationIp() {
    String[] networks = {"192.0.2.", "198.51.100.", "203.0.113."};
    return networks[random.nextInt(networks.length)] + (1 + random.nextInt(254));
  }

  private String chars(String alphabet, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(out);
  }

  private static String uuid(long high, long low) {
    return new UUID(high, low).toString();
  }
}
