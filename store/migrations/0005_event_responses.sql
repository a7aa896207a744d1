-- Migration 5: an index of response links, so that incremental
-- reconciliation finds the events answering a set of events by index seeks
-- instead of reading the responds_to list of every event.

CREATE TABLE event_responses (
    target TEXT NOT NULL,                                          -- an id in the event's responds_to
    event  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE, -- the responding event
    PRIMARY KEY (target, event)
) WITHOUT ROWID;

CREATE INDEX event_responses_event ON event_responses (event); -- rows of one event, for deletes

INSERT OR IGNORE INTO event_responses (target, event)
SELECT r.value, e.id FROM events e, json_each(e.responds_to) r WHERE e.responds_to IS NOT NULL;
