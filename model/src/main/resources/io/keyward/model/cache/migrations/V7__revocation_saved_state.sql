-- What a revocation saved at the source before changing it, so an undo can put it back (the
-- document of an inline policy it deleted). Chained into the entry's hash when present.
ALTER TABLE revocations ADD COLUMN saved TEXT;
