-- Migration 2: a day-by-day blocking index of events, so that incremental
-- reconciliation finds the events of a date window at a set of places by
-- index seeks instead of scanning every event dated before the window.

CREATE TABLE event_days (
    place TEXT NOT NULL, -- a place of the event's place set (as in event_places)
    day   TEXT NOT NULL, -- a day of the event's date range [date_min, date_max], YYYY-MM-DD;
                         -- '' once for an event whose range is longer than 31 days
    event TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE, -- the event
    PRIMARY KEY (place, day, event)
) WITHOUT ROWID;

CREATE INDEX event_days_event ON event_days (event); -- rows of one event, for deletes

-- Fill it for the events already stored.
WITH RECURSIVE spans (event, day, last) AS (
    SELECT id, date_min, date_max FROM events
    WHERE date_min IS NOT NULL AND julianday(date_max) - julianday(date_min) <= 31
    UNION ALL
    SELECT event, date(day, '+1 day'), last FROM spans WHERE day < last
)
INSERT OR IGNORE INTO event_days (place, day, event)
SELECT p.place, s.day, s.event FROM spans s JOIN event_places p ON p.event = s.event;

INSERT OR IGNORE INTO event_days (place, day, event)
SELECT p.place, '', e.id FROM events e JOIN event_places p ON p.event = e.id
WHERE e.date_min IS NOT NULL AND julianday(e.date_max) - julianday(e.date_min) > 31;
