-- Access events say why a decision was refused and, for a credential issuance, what was issued:
-- who issued it to whom, as which role, for how long, and the issued key's id by which later events
-- made with it are recognised. All nullable: sign-ins and allowed calls have none of it.

ALTER TABLE access_events ADD COLUMN error_code TEXT;
ALTER TABLE access_events ADD COLUMN issuer TEXT;
ALTER TABLE access_events ADD COLUMN subject TEXT;
ALTER TABLE access_events ADD COLUMN role_id TEXT;
ALTER TABLE access_events ADD COLUMN session_name TEXT;
ALTER TABLE access_events ADD COLUMN lifetime_seconds INTEGER;
ALTER TABLE access_events ADD COLUMN source_identity TEXT;
ALTER TABLE access_events ADD COLUMN issued_key_id TEXT;
CREATE INDEX events_issued_key ON access_events(issued_key_id) WHERE issued_key_id IS NOT NULL;
