/**
 * AWS IAM: live sync over the IAM Query API (SigV4-signed form posts, XML replies) and offline
 * imports of {@code aws iam get-account-authorization-details} output and the credential report.
 * Its credentials, SigV4 signing and JSON-protocol reply rules ({@link AwsCredentials}, {@link
 * SigV4Auth}, {@link AwsJsonReplyRules}) also serve the other AWS sources (CloudTrail).
 */
@NullMarked
package io.keyward.connectors.aws;

import org.jspecify.annotations.NullMarked;
