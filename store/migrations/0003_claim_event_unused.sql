-- Migration 3: claims.event is no longer written.
--
-- It mirrored event_claims, and keeping the mirror cost an UPDATE of the
-- claim's row (and its index) for every claim of every event written: the
-- largest single cost of reconciliation. event_claims is the one record of
-- membership; the column stays (SQLite cannot drop a column that takes part
-- in a foreign key) and is NULL from now on. Its index stays too, so that
-- deleting an event need not scan the claims for the foreign key.
UPDATE claims SET event = NULL WHERE event IS NOT NULL;
