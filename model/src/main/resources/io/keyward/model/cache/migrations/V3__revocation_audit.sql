-- The revocation audit becomes a hash chain (ADR 0009). Nothing wrote V1's revocations table, so it
-- is replaced rather than converted.
DROP INDEX revocations_target;
DROP TABLE revocations;

CREATE TABLE revocations (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  time         INTEGER NOT NULL,
  actor        TEXT NOT NULL,
  action       TEXT NOT NULL,
  target_id    TEXT NOT NULL,
  source_id    TEXT NOT NULL,
  outcome      TEXT NOT NULL,
  preflight    TEXT NOT NULL,
  result       TEXT NOT NULL,
  verification TEXT NOT NULL,
  alert_id     TEXT,
  alert_lag_ms INTEGER,
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL
);
CREATE INDEX revocations_target ON revocations(target_id);
CREATE INDEX revocations_time ON revocations(time);

-- Keyward itself can only append; the chain catches edits made around it.
CREATE TRIGGER revocations_no_update BEFORE UPDATE ON revocations BEGIN SELECT RAISE(ABORT, 'the revocation audit is append-only'); END;
CREATE TRIGGER revocations_no_delete BEFORE DELETE ON revocations BEGIN SELECT RAISE(ABORT, 'the revocation audit is append-only'); END;
