package io.keyward.app.format;

import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Severity;
import io.keyward.model.domain.SyncStatus;

/** The tone of each status-like domain value, so a severity looks the same on every page. */
public final class Tones {
  private Tones() {}

  public static Tone of(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> Tone.DANGER;
      case MEDIUM -> Tone.WARNING;
      case LOW -> Tone.ACCENT;
      case INFO -> Tone.MUTED;
    };
  }

  public static Tone of(AlertStatus status) {
    return status == AlertStatus.OPEN ? Tone.WARNING : Tone.MUTED;
  }

  public static Tone of(IdentityStatus status) {
    return status == IdentityStatus.ENABLED ? Tone.SUCCESS : Tone.MUTED;
  }

  public static Tone of(CredentialStatus status) {
    return switch (status) {
      case ACTIVE -> Tone.SUCCESS;
      case EXPIRED -> Tone.WARNING;
      case INACTIVE, REVOKED -> Tone.MUTED;
    };
  }

  public static Tone of(Privilege privilege) {
    return switch (privilege) {
      case ADMIN -> Tone.DANGER;
      case WRITE -> Tone.WARNING;
      case READ -> Tone.NEUTRAL;
    };
  }

  public static Tone of(SyncStatus status) {
    return switch (status) {
      case COMPLETED -> Tone.SUCCESS;
      case RUNNING -> Tone.ACCENT;
      case FAILED -> Tone.DANGER;
      case INTERRUPTED -> Tone.WARNING;
    };
  }
}
