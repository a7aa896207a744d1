-- 0001_init.sql: the first riwaya schema.
--
-- Read it with `sqlite3 riwaya.db .schema`: SQLite keeps the text of every
-- CREATE statement, so the comments inside the parentheses below travel with
-- the database file. SCHEMA.md in the source tree says the same at length.
--
-- Conventions:
--   * ids are TEXT (lowercase ASCII slugs or content hashes chosen by the
--     caller); dates are TEXT 'YYYY-MM-DD' and compare as strings;
--     timestamps are TEXT RFC 3339 in UTC.
--   * booleans are INTEGER 0 or 1.
--   * columns whose comment starts with "JSON" hold a JSON text (query
--     them with json_each); NULL means absent (a nil list in Go), '[]' an
--     empty list.
--   * byte offsets (start, end, ...) are half-open [start, end) offsets into
--     articles.text, which is the original UTF-8 text byte for byte.

CREATE TABLE articles (
    -- One row per ingested article.
    seq         INTEGER PRIMARY KEY AUTOINCREMENT, -- ingest order: 1, 2, 3, ...; never reused
    id          TEXT NOT NULL UNIQUE CHECK (id <> ''), -- article id derived from the normalised text (stable across runs)
    outlet      TEXT,                 -- outlet name as given or detected ("Al Arabiya"); NULL when unknown
    outlet_id   TEXT,                 -- registry id of the outlet (a sources.id slug); NULL when unknown
    published   TEXT,                 -- publication date YYYY-MM-DD; NULL when unknown
    url         TEXT,                 -- where the article was published; NULL when unknown
    title       TEXT,                 -- headline; NULL when unknown
    text        TEXT NOT NULL,        -- the original UTF-8 text, unchanged (diacritics and all)
    ingested_at TEXT NOT NULL         -- when this row was written, RFC 3339 UTC
);

CREATE TABLE sources (
    -- Who speaks: one row per source id met in any claim, upserted on every
    -- SaveArticle. Each claim also keeps the source as it was described in
    -- that claim (claims.source_*), so this table is the latest word only.
    id         TEXT PRIMARY KEY CHECK (id <> ''), -- registry slug: 'sana', 'sohr', 'centcom', 'local_sources', ...
    name       TEXT NOT NULL DEFAULT '',          -- English name (the last non-empty one seen)
    name_ar    TEXT NOT NULL DEFAULT '',          -- Arabic name (the last non-empty one seen)
    kind       TEXT NOT NULL DEFAULT '',          -- kind of source as the registry says (the last non-empty one seen)
    anonymous  INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)), -- 1 while every claim seen from it was anonymous
    first_seen TEXT NOT NULL,                     -- when the source was first stored, RFC 3339 UTC
    updated_at TEXT NOT NULL                      -- when the row was last upserted, RFC 3339 UTC
);

CREATE TABLE events (
    -- One real-world event reconstructed from the claims of many articles,
    -- as reconcile returned it. Rows are replaced whole by ReplaceEvents.
    id          TEXT PRIMARY KEY CHECK (id <> ''), -- stable event id chosen by reconcile
    event_type  TEXT NOT NULL,  -- consensus event type: 'airstrike', 'shelling', 'drone_attack', ...
    date        TEXT,           -- consensus date YYYY-MM-DD; NULL when unknown
    places      TEXT,           -- JSON array of consensus place ids, most specific first
    sources     TEXT,           -- JSON array of the ids of the sources that speak of it
    estimates   TEXT,           -- JSON object: outcome -> {"low", "best", "high", "sources"}
    grade       TEXT NOT NULL,  -- 'confirmed', 'fair', 'weak' or 'contested'
    responds_to TEXT,           -- JSON array of ids of events this one answers (ردا على); NULL when none
    date_min    TEXT,           -- blocking key: earliest of date and the member claims' dates; NULL when none is known
    date_max    TEXT,           -- blocking key: latest of date and the member claims' dates; NULL when none is known
    updated_at  TEXT NOT NULL   -- when this row was written, RFC 3339 UTC
);

CREATE INDEX events_date ON events (date);               -- events by consensus date
CREATE INDEX events_window ON events (date_min, date_max); -- blocking by date window
CREATE INDEX events_responding ON events (id) WHERE responds_to IS NOT NULL; -- events that answer others

CREATE TABLE claims (
    -- One proposition attributed to one source (CONTRACT.md `riwaya claims`).
    id             TEXT PRIMARY KEY CHECK (id <> ''),   -- claim id, stable across runs
    article        TEXT NOT NULL REFERENCES articles (id), -- the article it was read in
    ordinal        INTEGER NOT NULL,  -- position in the extractor's output for the article (0, 1, ...)
    start          INTEGER NOT NULL CHECK (start >= 0),  -- byte offset of the supporting text in articles.text
    end            INTEGER NOT NULL CHECK (end >= start), -- byte offset just past it
    text           TEXT NOT NULL,     -- the original text of [start, end), unchanged
    source         TEXT NOT NULL REFERENCES sources (id), -- who makes the claim (sources.id)
    source_name    TEXT NOT NULL DEFAULT '', -- the source's English name as given with this claim
    source_name_ar TEXT NOT NULL DEFAULT '', -- the source's Arabic name as given with this claim
    source_kind    TEXT NOT NULL DEFAULT '', -- the source's kind as given with this claim
    anonymous      INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)), -- 1 when the source is unnamed here ("a military source")
    speaker        TEXT,              -- the named person who spoke for the source; NULL when none
    via            TEXT,              -- JSON array of relays, nearest first: [{"id", "name"}]; NULL or [] when direct
    stance         TEXT NOT NULL,     -- 'asserts', 'denies', 'unconfirmed' or 'unknown'
    event_type     TEXT NOT NULL,     -- 'airstrike', 'shelling', 'drone_attack', 'ground_attack', ...
    actor          TEXT,              -- perpetrator according to this source ('us', 'russia', ...); NULL when not spoken of
    target         TEXT,              -- what was hit, in the source's words, as a short English phrase; NULL when not spoken of
    places         TEXT,              -- JSON array of canonical place ids, most specific first
    date           TEXT,              -- the event's date YYYY-MM-DD resolved against the publication date; NULL when unknown
    event          TEXT REFERENCES events (id) ON DELETE SET NULL, -- the reconciled event; NULL until reconciled (mirrors event_claims)
    cue            TEXT,              -- the attribution cue as written ("أفادت", "بحسب"); NULL when none
    cue_start      INTEGER,           -- byte offset of the cue in articles.text; NULL when none
    cue_end        INTEGER,           -- byte offset just past the cue; NULL when none
    rules          TEXT,              -- JSON array of the names of the extraction rules that fired
    response       INTEGER NOT NULL DEFAULT 0 CHECK (response IN (0, 1)), -- 1 when the claim describes a response (ردا على)
    UNIQUE (article, ordinal),
    CHECK ((cue_start IS NULL) = (cue_end IS NULL))
);

CREATE INDEX claims_article_start ON claims (article, start); -- claims of an article in text order
CREATE INDEX claims_source ON claims (source);                -- claims of one source
CREATE INDEX claims_event ON claims (event);                  -- claims of one event

CREATE TABLE figures (
    -- Casualty figures, as each claim's source gives them.
    claim      TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE, -- the claim that gives the figure
    ordinal    INTEGER NOT NULL,  -- position among the claim's figures (0, 1, ...)
    outcome    TEXT NOT NULL,     -- 'killed', 'wounded', 'captured', 'missing' or 'killed_or_wounded'
    grp        TEXT NOT NULL,     -- the "group" of CONTRACT.md ('civilians', 'fighters', ...); GROUP is an SQL keyword
    low        INTEGER NOT NULL CHECK (low >= 0), -- lower bound
    high       INTEGER CHECK (high IS NULL OR high >= low), -- upper bound; NULL when unbounded ("more than 100")
    qualifier  TEXT NOT NULL,     -- 'exact', 'about', 'at_least', 'at_most', 'range' or 'vague'
    earlier    INTEGER NOT NULL DEFAULT 0 CHECK (earlier IN (0, 1)), -- 1 for a toll the source gave before
    span_start INTEGER NOT NULL,  -- byte offset of the figure in articles.text
    span_end   INTEGER NOT NULL,  -- byte offset just past it
    subset     INTEGER NOT NULL DEFAULT 0 CHECK (subset IN (0, 1)), -- 1 when part of another figure of the claim ("بينهم 4 أطفال")
    PRIMARY KEY (claim, ordinal)
);

CREATE TABLE event_claims (
    -- Which claims make up which event. A claim belongs to at most one event;
    -- claims.event mirrors this table.
    claim   TEXT PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE, -- the member claim
    event   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,    -- the event it belongs to
    ordinal INTEGER NOT NULL  -- position in the event's list of claims
);

CREATE INDEX event_claims_event ON event_claims (event, ordinal); -- claims of one event, in order

CREATE TABLE event_places (
    -- Blocking key: every place of an event: its consensus places, every
    -- place any member claim names and, when the program knows the
    -- gazetteer, every place containing those. Use it to find "every event
    -- at X".
    event TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE, -- the event
    place TEXT NOT NULL,                                          -- a canonical place id
    PRIMARY KEY (event, place)
) WITHOUT ROWID;

CREATE INDEX event_places_place ON event_places (place, event); -- events by place

CREATE TABLE discrepancies (
    -- Where the sources of an event disagree (or a note: revision, gap).
    event     TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE, -- the event
    ordinal   INTEGER NOT NULL,     -- position in the event's list of discrepancies
    kind      TEXT NOT NULL,        -- 'casualties', 'perpetrator', 'target', 'occurrence', 'revision' or 'gap'
    field     TEXT NOT NULL,        -- the field in dispute ('killed', 'actor', ...)
    claims    TEXT,                 -- JSON array of the claim ids involved
    sources   TEXT,                 -- JSON array of the source ids involved
    vals      TEXT,                 -- JSON array of the competing values, parallel to sources ("values" is an SQL keyword)
    summary   TEXT NOT NULL,        -- one readable English sentence
    rule      TEXT,                 -- the rule that decided it ('casualties.ranges_disjoint'); NULL when not given
    positions TEXT,                 -- JSON array, one per account: [{"source", "value", "side", "claims"}]; NULL when not given
    PRIMARY KEY (event, ordinal)
);
