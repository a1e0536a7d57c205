-- Keyward cache schema, version 1.
-- Instants are epoch milliseconds (UTC). Every synced row carries the source it came from and the
-- sync run that last saw it (seen_in_run), so a completed run can delete what it no longer sees.
-- References inside one source (a credential's holder, a grant's principal) are foreign keys;
-- a sync session checks them once per run before it commits (see SyncSession). References that may cross sources (owners, delegation ends, alert
-- subjects) are soft: sources sync independently, and a dangling one shows as its raw id.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sources (
  id       TEXT PRIMARY KEY,
  kind     TEXT NOT NULL,
  name     TEXT NOT NULL,
  location TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sync_runs (
  id            INTEGER PRIMARY KEY,
  source_id     TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  started_at    INTEGER NOT NULL,
  finished_at   INTEGER,
  status        TEXT NOT NULL,
  items_loaded  INTEGER NOT NULL DEFAULT 0,
  items_removed INTEGER NOT NULL DEFAULT 0,
  error         TEXT
);
CREATE INDEX sync_runs_source ON sync_runs(source_id);

CREATE TABLE identities (
  id             TEXT PRIMARY KEY,
  source_id      TEXT NOT NULL REFERENCES sources(id),
  seen_in_run    INTEGER NOT NULL,
  external_id    TEXT NOT NULL,
  kind           TEXT NOT NULL,
  name           TEXT NOT NULL,
  email          TEXT,
  status         TEXT NOT NULL,
  created_at     INTEGER,
  owner_id       TEXT,
  classification TEXT NOT NULL,
  tags           TEXT NOT NULL
);
CREATE INDEX identities_source ON identities(source_id, seen_in_run);
CREATE INDEX identities_owner ON identities(owner_id);
CREATE INDEX identities_name ON identities(name);
CREATE INDEX identities_external ON identities(external_id);

CREATE TABLE credentials (
  id           TEXT PRIMARY KEY,
  source_id    TEXT NOT NULL REFERENCES sources(id),
  seen_in_run  INTEGER NOT NULL,
  identity_id  TEXT NOT NULL REFERENCES identities(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  kind         TEXT NOT NULL,
  external_id  TEXT NOT NULL,
  display_name TEXT NOT NULL,
  status       TEXT NOT NULL,
  created_at   INTEGER,
  expires_at   INTEGER,
  last_used_at INTEGER,
  fingerprint  TEXT,
  scopes       TEXT NOT NULL
);
CREATE INDEX credentials_source ON credentials(source_id, seen_in_run);
CREATE INDEX credentials_identity ON credentials(identity_id);
CREATE INDEX credentials_fingerprint ON credentials(fingerprint) WHERE fingerprint IS NOT NULL;

CREATE TABLE grants (
  id           TEXT PRIMARY KEY,
  source_id    TEXT NOT NULL REFERENCES sources(id),
  seen_in_run  INTEGER NOT NULL,
  principal_id TEXT NOT NULL REFERENCES identities(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  permission   TEXT NOT NULL,
  resource     TEXT NOT NULL,
  privilege    TEXT NOT NULL,
  origin       TEXT NOT NULL,
  via_id       TEXT,
  condition    TEXT,
  last_used_at INTEGER
);
CREATE INDEX grants_source ON grants(source_id, seen_in_run);
CREATE INDEX grants_principal ON grants(principal_id);

CREATE TABLE delegations (
  id          TEXT PRIMARY KEY,
  source_id   TEXT NOT NULL REFERENCES sources(id),
  seen_in_run INTEGER NOT NULL,
  from_id     TEXT NOT NULL,
  to_id       TEXT NOT NULL,
  kind        TEXT NOT NULL,
  scope       TEXT NOT NULL,
  condition   TEXT,
  expires_at  INTEGER
);
CREATE INDEX delegations_source ON delegations(source_id, seen_in_run);
CREATE INDEX delegations_from ON delegations(from_id);
CREATE INDEX delegations_to ON delegations(to_id);

CREATE TABLE resources (
  id          TEXT PRIMARY KEY,
  source_id   TEXT NOT NULL REFERENCES sources(id),
  seen_in_run INTEGER NOT NULL,
  external_id TEXT NOT NULL,
  kind        TEXT NOT NULL,
  name        TEXT NOT NULL,
  parent_id   TEXT,
  sensitive   INTEGER NOT NULL
);
CREATE INDEX resources_source ON resources(source_id, seen_in_run);

CREATE TABLE lineage_records (
  id          TEXT PRIMARY KEY,
  source_id   TEXT NOT NULL REFERENCES sources(id),
  seen_in_run INTEGER NOT NULL,
  run_id      TEXT NOT NULL,
  job         TEXT NOT NULL,
  identity_id TEXT,
  state       TEXT NOT NULL,
  started_at  INTEGER NOT NULL,
  ended_at    INTEGER,
  inputs      TEXT NOT NULL,
  outputs     TEXT NOT NULL,
  producer    TEXT
);
CREATE INDEX lineage_source ON lineage_records(source_id, seen_in_run);
CREATE INDEX lineage_identity ON lineage_records(identity_id);

CREATE TABLE access_events (
  id            TEXT PRIMARY KEY,
  source_id     TEXT NOT NULL REFERENCES sources(id),
  seen_in_run   INTEGER NOT NULL,
  time          INTEGER NOT NULL,
  type          TEXT NOT NULL,
  identity_id   TEXT,
  credential_id TEXT,
  action        TEXT NOT NULL,
  resource      TEXT,
  source_ip     TEXT,
  region        TEXT
);
CREATE INDEX events_source ON access_events(source_id, seen_in_run);
CREATE INDEX events_identity ON access_events(identity_id, time);

CREATE TABLE alerts (
  id            TEXT PRIMARY KEY,
  source_id     TEXT NOT NULL REFERENCES sources(id),
  seen_in_run   INTEGER NOT NULL,
  external_id   TEXT NOT NULL,
  time          INTEGER NOT NULL,
  severity      TEXT NOT NULL,
  type          TEXT NOT NULL,
  title         TEXT NOT NULL,
  identity_id   TEXT,
  credential_id TEXT,
  status        TEXT NOT NULL,
  raw           TEXT NOT NULL
);
CREATE INDEX alerts_source ON alerts(source_id, seen_in_run);
CREATE INDEX alerts_identity ON alerts(identity_id);
CREATE INDEX alerts_time ON alerts(time);

CREATE TABLE revocations (
  id        TEXT PRIMARY KEY,
  time      INTEGER NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  target_id TEXT NOT NULL,
  source_id TEXT NOT NULL,
  outcome   TEXT NOT NULL,
  detail    TEXT NOT NULL
);
CREATE INDEX revocations_target ON revocations(target_id);
