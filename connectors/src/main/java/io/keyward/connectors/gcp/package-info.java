/**
 * Google Cloud IAM: a project's service accounts, their user-managed keys, the project IAM policy
 * and each service account's own policy (who may impersonate it), read over the IAM and Resource
 * Manager REST APIs with a service-account key or an access token; and the same data from {@code
 * gcloud} JSON files.
 */
@NullMarked
package io.keyward.connectors.gcp;

import org.jspecify.annotations.NullMarked;
