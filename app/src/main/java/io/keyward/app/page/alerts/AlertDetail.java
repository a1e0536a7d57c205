package io.keyward.app.page.alerts;

import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Identity;
import org.jspecify.annotations.Nullable;

/**
 * Everything the alert detail shows.
 *
 * @param identity the identity the alert concerns: the one it was matched to, else the holder of
 *     the credential it was matched to
 * @param credential the credential it was matched to, if any
 * @param event the raw event, indented, secrets redacted
 */
public record AlertDetail(
    Alert alert,
    String sourceName,
    @Nullable Identity identity,
    @Nullable Credential credential,
    String event) {}
