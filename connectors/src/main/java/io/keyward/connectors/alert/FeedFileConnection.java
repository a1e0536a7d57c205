package io.keyward.connectors.alert;

import io.keyward.connectors.FileImport;
import io.keyward.connectors.ImportOptions;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A feed profile: a file the feed keeps writing (an export, a receiver's spool), re-read on each
 * sync with the options the profile holds (a JWKS, whether unsigned events are accepted).
 */
public final class FeedFileConnection implements SourceConnection {
  /** The profile setting naming the file. */
  public static final String FILE = "file";

  private final SourceProfile profile;
  private final FileImport format;
  private final Path file;

  public FeedFileConnection(SourceProfile profile, FileImport format) {
    this.profile = profile;
    this.format = format;
    this.file = Path.of(profile.require(FILE));
  }

  @Override
  public String test() {
    if (!Files.isRegularFile(file)) {
      throw new SourceException(profile.id(), file.toString(), null, "no such file");
    }
    List<String> unreadable = new ArrayList<>();
    int items = FeedFile.read(file, profile.id(), unreadable::add).size();
    return file
        + ": "
        + items
        + (items == 1 ? " event" : " events")
        + (unreadable.isEmpty() ? "" : ", " + unreadable.size() + " unreadable");
  }

  @Override
  public void sync(SyncContext context) {
    ImportOptions options = new ImportOptions(profile.settings()).readBy(format);
    format.read(file, profile.id(), options, context);
  }
}
