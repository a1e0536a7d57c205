package io.keyward.connectors;

import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An offline format a connector reads: a file exported by the source's own tools, imported as one
 * sync run of the source it describes.
 */
public interface FileImport {
  /** The {@code keyward import --source NAME} value, e.g. {@code aws-authz}. */
  String name();

  SourceKind kind();

  /** One line for {@code keyward import --help}: what file, made by which tool. */
  String description();

  /**
   * Reads {@code file}, maps it and loads it through {@code context.load}, under {@code sourceId}
   * when given, else under an id derived from the file (an account id, a realm name).
   *
   * @throws SourceException naming the file and the item when the file is malformed
   */
  void read(Path file, @Nullable String sourceId, SyncContext context);

  /** Whether {@link #read} takes a folder too (every file below it), not only a file. */
  default boolean readsFolders() {
    return false;
  }

  /**
   * The options this format reads ({@code keyward import --option KEY=VALUE}), e.g. a JWKS file;
   * none by default.
   */
  default List<ProfileSetting> options() {
    return List.of();
  }

  /**
   * As {@link #read(Path, String, SyncContext)}, with the options the user gave; formats that take
   * options override this one.
   */
  default void read(
      Path file, @Nullable String sourceId, ImportOptions options, SyncContext context) {
    read(file, sourceId, context);
  }
}
