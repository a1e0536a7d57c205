package io.keyward.model.cache;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One computed maturity score as the history keeps it.
 *
 * @param scope the scope it was computed for, in its command-line form ({@code all}, {@code
 *     source:ID}, {@code tag:K=V})
 * @param syncRunId the newest completed sync run at the time: the estate state that was scored
 * @param level the maturity step reached, 1 (ad hoc) to 4 (adaptive)
 * @param criteria each criterion's id and status (PASS, FAIL, UNKNOWN), in scorecard order
 */
public record ScoreEntry(
    String scope, long syncRunId, Instant computedAt, int level, Map<String, String> criteria) {

  public ScoreEntry {
    criteria = Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
  }

  /** How many criteria had {@code status}. */
  public long count(String status) {
    return criteria.values().stream().filter(status::equals).count();
  }
}
