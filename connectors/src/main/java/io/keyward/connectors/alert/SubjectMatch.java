package io.keyward.connectors.alert;

import org.jspecify.annotations.Nullable;

/**
 * What an alert was matched to: an identity, a credential and its holder, or nothing.
 *
 * @param by the reference that matched, for the record; null when nothing did
 */
public record SubjectMatch(
    @Nullable String identityId, @Nullable String credentialId, @Nullable SubjectRef by) {
  public static final SubjectMatch NONE = new SubjectMatch(null, null, null);
}
