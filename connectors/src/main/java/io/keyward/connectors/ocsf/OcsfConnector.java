package io.keyward.connectors.ocsf;

import io.keyward.connectors.alert.AlertFeedConnector;
import io.keyward.model.domain.SourceKind;

/** An OCSF findings feed: {@code keyward import --source ocsf FILE}, or a profile on its file. */
public final class OcsfConnector extends AlertFeedConnector {
  public OcsfConnector() {
    super(new OcsfImport());
  }

  @Override
  public SourceKind kind() {
    return SourceKind.OCSF;
  }

  @Override
  public String cliName() {
    return "ocsf";
  }
}
