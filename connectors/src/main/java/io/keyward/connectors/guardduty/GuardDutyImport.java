package io.keyward.connectors.guardduty;

import io.keyward.connectors.ImportOptions;
import io.keyward.connectors.alert.AlertFeedImport;
import io.keyward.connectors.alert.FeedMapper;
import io.keyward.connectors.alert.FeedSources;
import io.keyward.connectors.alert.MappedAlert;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * GuardDuty findings, filed under {@code guardduty:ACCOUNT:REGION} (or {@code guardduty:ACCOUNT})
 * when the findings share them, else under {@code guardduty:FILE}.
 */
final class GuardDutyImport extends AlertFeedImport {
  @Override
  public String name() {
    return "guardduty";
  }

  @Override
  public SourceKind kind() {
    return SourceKind.GUARDDUTY;
  }

  @Override
  public String description() {
    return "AWS GuardDuty findings: aws guardduty get-findings output, EventBridge events, a JSON"
        + " array or NDJSON";
  }

  @Override
  protected FeedMapper mapper(ImportOptions options, String label) {
    return new GuardDutyMapper();
  }

  @Override
  protected Source source(@Nullable String sourceId, Collection<MappedAlert> alerts, Path file) {
    Optional<String> account = FeedSources.shared(alerts, a -> text(a, "accountId"));
    Optional<String> region = FeedSources.shared(alerts, a -> text(a, "region"));
    String place =
        account
            .map(a -> a + region.map(r -> ":" + r).orElse(""))
            .orElse(FeedSources.fileStem(file));
    String id = sourceId != null ? sourceId : "guardduty:" + place;
    return FeedSources.source(
        id, SourceKind.GUARDDUTY, "GuardDuty " + place.replace(':', ' '), file);
  }

  private static @Nullable String text(MappedAlert alert, String field) {
    var value = GuardDutyMapper.field(alert.raw(), field);
    return value == null || value.asText().isBlank() ? null : value.asText();
  }
}
