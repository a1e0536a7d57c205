/**
 * The HTTP mechanism every connector shares: timeouts, bounded retries with backoff and jitter that
 * honour each source's way of saying "slow down", token renewal, and errors that name the source,
 * endpoint and item.
 */
@NullMarked
package io.keyward.connectors.http;

import org.jspecify.annotations.NullMarked;
