package io.keyward.connectors.caep;

import io.keyward.connectors.alert.AlertFeedConnector;
import io.keyward.model.domain.SourceKind;

/**
 * Shared Signals events: {@code keyward import --source caep FILE}, or a profile on a receiver's
 * spool file with its transmitter's JWKS.
 */
public final class CaepConnector extends AlertFeedConnector {
  public CaepConnector() {
    super(new CaepImport());
  }

  @Override
  public SourceKind kind() {
    return SourceKind.CAEP;
  }

  @Override
  public String cliName() {
    return "caep";
  }
}
