package io.keyward.connectors.aws;

import io.keyward.connectors.aws.CredentialReport.Row;
import io.keyward.connectors.aws.CredentialReport.Slot;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Credentials and the root user as the credential report shows them. The report has no key ids, so
 * a key is named by its slot ({@code key-1}, {@code key-2}), as the demo estate names keys.
 */
final class ReportCredentials {
  private ReportCredentials() {}

  /** The account's root user, which only the credential report shows. */
  static Identity rootIdentity(String sourceId, String account, Row root) {
    return new Identity(
        sourceId + ":root",
        sourceId,
        root.arn().isBlank() ? "arn:aws:iam::" + account + ":root" : root.arn(),
        IdentityKind.HUMAN,
        "root",
        null,
        IdentityStatus.ENABLED,
        root.created(),
        null,
        "the account's root user (credential report row <root_account>)",
        reportTags(root));
  }

  /** What the report says about a row's sign-in: {@code mfa} and {@code console_password}. */
  static Map<String, String> reportTags(Row row) {
    Map<String, String> tags = new LinkedHashMap<>();
    row.mfaActive().ifPresent(mfa -> tags.put("mfa", mfa ? "active" : "none"));
    row.passwordEnabled().ifPresent(p -> tags.put("console_password", p.toString()));
    return tags;
  }

  /**
   * The row's credentials, ids under {@code idBase} ({@code …:user/ci-bot}), held by {@code
   * identityId}.
   *
   * @param withAccessKeys false when ListAccessKeys already gave the keys with their ids
   */
  static List<Credential> of(
      String sourceId, String idBase, String identityId, Row row, boolean withAccessKeys) {
    String holder = row.isRoot() ? "root" : row.user();
    List<Credential> credentials = new ArrayList<>();
    if (withAccessKeys) {
      for (Slot slot : row.accessKeys()) {
        credentials.add(
            slot(
                sourceId, idBase, identityId, row, slot, CredentialKind.ACCESS_KEY, "key", holder));
      }
    }
    for (Slot slot : row.certificates()) {
      credentials.add(
          slot(
              sourceId,
              idBase,
              identityId,
              row,
              slot,
              CredentialKind.CERTIFICATE,
              "certificate",
              holder));
    }
    return credentials;
  }

  private static Credential slot(
      String sourceId,
      String idBase,
      String identityId,
      Row row,
      Slot slot,
      CredentialKind kind,
      String noun,
      String holder) {
    String column = (kind == CredentialKind.ACCESS_KEY ? "access_key_" : "cert_") + slot.number();
    return new Credential(
        idBase + "/" + noun + "-" + slot.number(),
        sourceId,
        identityId,
        kind,
        column + " of " + row.arn(),
        holder + " " + noun + " " + slot.number(),
        slot.active() ? CredentialStatus.ACTIVE : CredentialStatus.INACTIVE,
        slot.lastRotated(),
        null,
        slot.lastUsed(),
        null,
        List.of());
  }
}
