package io.keyward.model.domain;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link AccessEventType#CREDENTIAL_ISSUED} event issued: who issued which credential to
 * whom, as what, for how long.
 *
 * @param issuer who vouched for the subject: the token service ({@code sts.amazonaws.com}) or the
 *     identity provider a federated subject came through
 * @param subject who received the credential, as the source named it (an ARN, an OIDC subject)
 * @param roleId the Keyward identity the credential acts as (the assumed role), when it is cached
 * @param sessionName the session name the subject chose, e.g. {@code agent-run-42}
 * @param lifetime the validity requested (or the source's default when none was asked for)
 * @param sourceIdentity the identity the subject asserted and every chained session carries on
 * @param issuedKeyId the issued key's id, by which later events made with it are recognised
 */
public record Issuance(
    String issuer,
    String subject,
    @Nullable String roleId,
    @Nullable String sessionName,
    Duration lifetime,
    @Nullable String sourceIdentity,
    @Nullable String issuedKeyId) {

  public Issuance {
    Require.text(issuer, "issuance issuer");
    Require.text(subject, "issuance subject");
    Require.present(lifetime, "issuance lifetime");
    if (lifetime.isNegative()) {
      throw new IllegalArgumentException("issuance lifetime " + lifetime + " is negative");
    }
  }
}
