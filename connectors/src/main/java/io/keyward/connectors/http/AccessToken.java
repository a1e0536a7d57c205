package io.keyward.connectors.http;

import io.keyward.connectors.Secret;
import java.time.Instant;

/** A bearer token and when it stops working. */
public record AccessToken(Secret value, Instant expiresAt) {}
