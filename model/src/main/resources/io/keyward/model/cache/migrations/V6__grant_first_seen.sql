-- The sync run that first saw each grant, kept while later runs see it again: a grant that appears
-- after its source's first completed run was added since, which the incident timeline shows.
-- Null for grants cached before this version (when they appeared is not known).

ALTER TABLE grants ADD COLUMN first_seen_run INTEGER;
