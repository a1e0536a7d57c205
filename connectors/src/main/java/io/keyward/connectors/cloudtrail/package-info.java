/**
 * AWS CloudTrail log files as CloudTrail writes them (a {@code Records} document per file, gzip or
 * plain, in its {@code AWSLogs/ACCOUNT/CloudTrail/REGION/YYYY/MM/DD} tree) or one record per line,
 * read as a stream, or a region's event history read live through {@code LookupEvents}; each record
 * goes through the same mapping: credential issuance, IAM changes and access decisions become
 * access events linked to the cache's AWS identities, issued sessions become session credentials,
 * and role chaining becomes observed delegations.
 */
@NullMarked
package io.keyward.connectors.cloudtrail;

import org.jspecify.annotations.NullMarked;
