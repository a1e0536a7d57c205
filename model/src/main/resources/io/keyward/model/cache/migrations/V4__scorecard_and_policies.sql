-- Scorecard history and agent policies. Neither comes from a source: syncs never touch them, and
-- removing a source or the demo keeps them (a policy names an agent, which may come back).

-- One row per scope and estate state: the newest completed sync run when the score was computed.
-- Computing again at the same state replaces the row (thresholds may have changed since).
CREATE TABLE score_history (
  scope       TEXT NOT NULL,
  sync_run_id INTEGER NOT NULL,
  computed_at INTEGER NOT NULL,
  level       INTEGER NOT NULL,
  criteria    TEXT NOT NULL,
  PRIMARY KEY (scope, sync_run_id)
) WITHOUT ROWID;

-- Agent policies as the analyst imported or wrote them: the JSON document verbatim, unknown
-- fields included, keyed by the agent it governs.
CREATE TABLE agent_policies (
  agent_id   TEXT PRIMARY KEY,
  document   TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) WITHOUT ROWID;
