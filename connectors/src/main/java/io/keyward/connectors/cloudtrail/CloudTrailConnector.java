package io.keyward.connectors.cloudtrail;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connector;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import io.keyward.model.domain.SourceKind;
import java.util.List;

/**
 * CloudTrail logs: imported once with {@code keyward import --source cloudtrail PATH}, or kept as a
 * profile on the folder the trail delivers to (an S3 bucket synced to disk) that each {@code
 * keyward sync} re-reads.
 */
public final class CloudTrailConnector implements Connector {
  static final String PATH = "path";

  private final CloudTrailImport format = new CloudTrailImport();

  @Override
  public SourceKind kind() {
    return format.kind();
  }

  @Override
  public String cliName() {
    return "cloudtrail";
  }

  @Override
  public List<ProfileSetting> settings() {
    return List.of(
        ProfileSetting.required(
            PATH, "Log folder", "A CloudTrail log file or the folder its files are under"));
  }

  @Override
  public String location(SourceProfile profile) {
    return profile.setting(PATH).orElse("?");
  }

  @Override
  public SourceConnection connect(SourceProfile profile, ConnectEnvironment environment) {
    return new TrailFolderConnection(profile, format);
  }

  @Override
  public List<FileImport> imports() {
    return List.of(format);
  }
}
