package io.keyward.app.page.alerts;

import io.keyward.app.TestEstate;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.SyncSession;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Severity;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The app's test estate plus a Shared Signals feed whose one event names trainer's key alone (no
 * identity), half an hour ago, with a secret in its raw event.
 */
final class AlertsEstate {
  static final Source CAEP =
      new Source("caep:sso", SourceKind.CAEP, "Shared Signals from sso", "/feeds/caep.jwt");
  static final String CREDENTIAL_CHANGE =
      "https://schemas.openid.net/secevent/caep/event-type/credential-change";
  static final String TITLE = "Credential change (revoke) for trainer-key";

  private AlertsEstate() {}

  static Cache create(Path file) {
    Cache cache = TestEstate.create(file, 0);
    try (SyncSession s = cache.beginSync(CAEP)) {
      s.add(
          new Alert(
              "caep:sso:alert/jti-1",
              CAEP.id(),
              "jti-1",
              TestEstate.NOW.minus(Duration.ofMinutes(30)),
              Severity.LOW,
              CREDENTIAL_CHANGE,
              TITLE,
              null,
              "trainer-key",
              AlertStatus.OPEN,
              "{\"iss\":\"https://sso\",\"jti\":\"jti-1\",\"client_secret\":\"hunter2\"}"));
      s.complete();
    }
    return cache;
  }
}
