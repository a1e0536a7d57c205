package io.keyward.app;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connector;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncContext;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.SourceKind;
import java.util.List;
import java.util.Map;

/**
 * A connector whose "realm" is its settings: {@code users} says how many users it holds, {@code
 * failAt} makes the sync fail on that endpoint, {@code note} adds a note to the run. Lets the CLI
 * be tested without a network.
 */
public final class FakeRealmConnector implements Connector {
  @Override
  public SourceKind kind() {
    return SourceKind.KEYCLOAK;
  }

  @Override
  public String cliName() {
    return "keycloak";
  }

  @Override
  public List<ProfileSetting> settings() {
    return List.of(
        ProfileSetting.required("url", "Base URL", "Where the realm lives."),
        ProfileSetting.optional("users", "Users", "2", "How many users the realm holds."),
        ProfileSetting.optional("failAt", "Fail at", "An endpoint that answers 500."),
        ProfileSetting.optional("note", "Note", "A note the sync adds, e.g. events disabled."));
  }

  @Override
  public String location(SourceProfile profile) {
    return profile.require("url");
  }

  @Override
  public SourceConnection connect(SourceProfile profile, ConnectEnvironment environment) {
    environment
        .secret("FAKE_SECRET", "client secret")
        .orElseThrow(() -> new IllegalArgumentException("set FAKE_SECRET"));
    return new SourceConnection() {
      @Override
      public String test() {
        return "realm at " + profile.require("url");
      }

      @Override
      public void sync(SyncContext context) {
        context.phase("fetching users");
        profile
            .setting("failAt")
            .ifPresent(
                endpoint -> {
                  throw new SourceException(profile.id(), endpoint, null, "HTTP 500");
                });
        profile.setting("note").ifPresent(context::note);
        int users = Integer.parseInt(profile.setting("users").orElse("2"));
        context.load(
            sink -> {
              for (int i = 0; i < users; i++) {
                sink.add(
                    new Identity(
                        profile.id() + ":user" + i,
                        profile.id(),
                        "user" + i,
                        IdentityKind.HUMAN,
                        "user" + i,
                        null,
                        IdentityStatus.ENABLED,
                        null,
                        null,
                        "human: realm user",
                        Map.of()));
              }
            });
      }
    };
  }
}
