/**
 * Revocation: the {@link io.keyward.connectors.revoke.Revoker} SPI a connector offers, the targets
 * and preflights it works on, and {@link io.keyward.connectors.revoke.Revocations}, which resolves
 * a target from the cache, audits every attempt and runs it (ADR 0009).
 */
@NullMarked
package io.keyward.connectors.revoke;

import org.jspecify.annotations.NullMarked;
