-- Keyward cache schema, version 2: lookups alert imports and the incident timeline make.
-- Alert feeds name credentials by key id (AKIA..., ASIA...) and people by email, in any case;
-- the timeline reads a credential's alerts and access events.

CREATE INDEX credentials_external ON credentials(external_id);
CREATE INDEX identities_email ON identities(lower(email));
CREATE INDEX alerts_credential ON alerts(credential_id) WHERE credential_id IS NOT NULL;
CREATE INDEX events_credential ON access_events(credential_id, time) WHERE credential_id IS NOT NULL;
