package io.keyward.connectors.guardduty;

import io.keyward.connectors.alert.AlertFeedConnector;
import io.keyward.model.domain.SourceKind;

/** GuardDuty findings: {@code keyward import --source guardduty FILE}, or a profile on a file. */
public final class GuardDutyConnector extends AlertFeedConnector {
  public GuardDutyConnector() {
    super(new GuardDutyImport());
  }

  @Override
  public SourceKind kind() {
    return SourceKind.GUARDDUTY;
  }

  @Override
  public String cliName() {
    return "guardduty";
  }
}
