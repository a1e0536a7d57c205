package io.keyward.connectors.cloudtrail;

import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncContext;
import java.nio.file.Files;
import java.nio.file.Path;

/** A CloudTrail profile: the log folder, re-read whole on each sync. */
final class TrailFolderConnection implements SourceConnection {
  private final SourceProfile profile;
  private final CloudTrailImport format;
  private final Path path;

  TrailFolderConnection(SourceProfile profile, CloudTrailImport format) {
    this.profile = profile;
    this.format = format;
    this.path = Path.of(profile.require(CloudTrailConnector.PATH));
  }

  @Override
  public String test() {
    if (!Files.exists(path)) {
      throw new SourceException(profile.id(), path.toString(), null, "no such file or folder");
    }
    int files = TrailFiles.under(path).size();
    return path + ": " + files + (files == 1 ? " log file" : " log files");
  }

  @Override
  public void sync(SyncContext context) {
    format.read(path, profile.id(), context);
  }
}
