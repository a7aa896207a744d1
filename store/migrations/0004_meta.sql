-- Migration 4: facts about the store itself, such as the version of the
-- reconciliation rules its events were built with (see
-- reconcile.RulesVersion): events made by other rules are rebuilt from the
-- claims before new claims are added to them.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY, -- the fact's name, e.g. 'reconcile_rules'
    value TEXT NOT NULL     -- its value
) WITHOUT ROWID;
