package io.keyward.connectors.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SyncContext;
import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code keyward import --source cloudtrail PATH}: a log file or a folder of them, read as one
 * stream of records inside one run. The source is {@code --source-id} when given, else {@code
 * cloudtrail:ACCOUNT} for the account the {@code AWSLogs/ACCOUNT} tree or the first record names,
 * else {@code cloudtrail:NAME} after the path.
 */
public final class CloudTrailImport implements FileImport {
  private final Clock clock;

  public CloudTrailImport() {
    this(Clock.systemUTC());
  }

  CloudTrailImport(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return "cloudtrail";
  }

  @Override
  public SourceKind kind() {
    return SourceKind.CLOUDTRAIL;
  }

  @Override
  public String description() {
    return "AWS CloudTrail logs: a file or folder as CloudTrail writes them ({\"Records\":[...]},"
        + " gzip or plain) or one record per line";
  }

  @Override
  public boolean readsFolders() {
    return true;
  }

  @Override
  public void read(Path path, @Nullable String sourceId, SyncContext context) {
    if (!Files.exists(path)) {
      throw new SourceException(name(), path.toString(), null, "no such file or folder");
    }
    List<Path> files = TrailFiles.under(path);
    Source source = source(path, files, sourceId);
    TrailMapping mapping = new TrailMapping(source.id(), context.estate(), clock.instant());
    context.load(
        source,
        sink -> {
          for (Path file : files) {
            context.checkCancelled();
            readFile(path, file, mapping, sink, context);
          }
          mapping.finish(sink);
        });
  }

  private void readFile(
      Path root, Path file, TrailMapping mapping, EstateSink sink, SyncContext context) {
    String label = Files.isDirectory(root) ? root.relativize(file).toString() : file.toString();
    try {
      RecordReader.read(
          file,
          new RecordReader.Records() {
            @Override
            public void record(JsonNode record, long index) {
              try {
                mapping.map(record, sink::add);
              } catch (IllegalArgumentException e) {
                unreadable(index, e.getMessage());
              }
            }

            @Override
            public void unreadable(long index, String problem) {
              context.skip(label + ": record " + index + ": " + problem);
            }
          });
    } catch (IOException e) {
      context.skip(label + ": unreadable: " + e.getMessage());
    }
  }

  private Source source(Path path, List<Path> files, @Nullable String sourceId) {
    Optional<String> account =
        TrailFiles.account(path).or(() -> files.stream().findFirst().flatMap(this::firstAccount));
    String place = account.orElse(TrailFiles.stem(path));
    String id = sourceId != null ? sourceId : "cloudtrail:" + place;
    return new Source(
        id,
        SourceKind.CLOUDTRAIL,
        "CloudTrail " + place,
        path.toAbsolutePath().normalize().toString());
  }

  /** The account the file's first record was delivered to, when it reads. */
  private Optional<String> firstAccount(Path file) {
    try {
      return RecordReader.first(file).map(record -> Json.text(record, "recipientAccountId"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
