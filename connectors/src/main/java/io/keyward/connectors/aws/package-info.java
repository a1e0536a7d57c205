/**
 * AWS IAM: live sync over the IAM Query API (SigV4-signed form posts, XML replies) and offline
 * imports of {@code aws iam get-account-authorization-details} output and the credential report.
 */
@NullMarked
package io.keyward.connectors.aws;

import org.jspecify.annotations.NullMarked;
