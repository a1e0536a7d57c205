package io.keyward.connectors.cloudtrail;

import org.jspecify.annotations.Nullable;

/**
 * Who made a CloudTrail call, as Keyward knows them.
 *
 * @param subject the caller as CloudTrail named it: an ARN, a federated subject, a service
 * @param identityId the cached identity acting: the user, or for a role session the role
 * @param credentialId the cached credential the call was signed with, when known
 * @param keyId the access key the call was signed with, when CloudTrail gives one
 * @param roleSession whether the caller is a role session (a chained AssumeRole starts there)
 */
record Caller(
    String subject,
    @Nullable String identityId,
    @Nullable String credentialId,
    @Nullable String keyId,
    boolean roleSession) {}
