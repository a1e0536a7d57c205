package io.keyward.connectors.alert;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connector;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * A connector whose source is a feed file: imported once with {@code keyward import}, or kept as a
 * profile ({@code file} plus the format's options) that each sync re-reads.
 */
public abstract class AlertFeedConnector implements Connector {
  private final AlertFeedImport format;

  protected AlertFeedConnector(AlertFeedImport format) {
    this.format = format;
  }

  @Override
  public List<ProfileSetting> settings() {
    List<ProfileSetting> settings = new ArrayList<>();
    settings.add(
        ProfileSetting.required(
            FeedFileConnection.FILE, "Feed file", "The file the feed writes; read on each sync"));
    settings.addAll(format.options());
    return settings;
  }

  @Override
  public String location(SourceProfile profile) {
    return profile.setting(FeedFileConnection.FILE).orElse("?");
  }

  @Override
  public SourceConnection connect(SourceProfile profile, ConnectEnvironment environment) {
    return new FeedFileConnection(profile, format);
  }

  @Override
  public List<FileImport> imports() {
    return List.of(format);
  }
}
