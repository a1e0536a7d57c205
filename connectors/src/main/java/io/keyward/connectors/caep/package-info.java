/**
 * CAEP / Shared Signals security event tokens (RFC 8417) from a file: compact JWTs, one per line or
 * in a JSON array, a poll reply, or their decoded claims; signatures checked against a JWKS.
 */
@NullMarked
package io.keyward.connectors.caep;

import org.jspecify.annotations.NullMarked;
