package io.keyward.model.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * Grant ids whose parts the revokers read back: the connectors' mappers make them, and the demo
 * estate makes them the same way so its grants can be previewed for revocation like real ones.
 */
public final class GrantIds {
  private GrantIds() {}

  /**
   * An IAM grant: one permission on one resource from one statement of one policy, {@code
   * PRINCIPAL/grant/[VIA/]POLICY_KEY/STATEMENT/PERMISSION/RESOURCE}.
   *
   * @param viaKey the local id of the group or role it arrives through plus {@code /}, or empty
   * @param policyKey {@code inline/NAME} or {@code policy/NAME} (managed)
   */
  public static String aws(
      String principal,
      String viaKey,
      String policyKey,
      int statement,
      String permission,
      String resource) {
    return principal
        + "/grant/"
        + viaKey
        + policyKey
        + "/"
        + statement
        + "/"
        + permission
        + "/"
        + resource;
  }

  /**
   * A member of a GCP IAM binding, {@code SOURCE:grant/RESOURCE/ROLE/MEMBER[#HASH]}: a conditional
   * binding is told from an unconditional one of the same role by the hash of its condition.
   */
  public static String gcp(
      String sourceId, String resource, String role, String member, @Nullable String condition) {
    return sourceId + ":grant/" + resource + "/" + role + "/" + member + gcpSuffix(condition);
  }

  /** What {@link #gcp} appends for a condition: {@code #} and its short hash, or nothing. */
  public static String gcpSuffix(@Nullable String condition) {
    return condition == null ? "" : "#" + shortHash(condition);
  }

  /** The first 4 bytes of the text's SHA-256, in hex. */
  static String shortHash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
