-- The durable Slack inbox: a verified request is written here before Slack gets its 200, and worked
-- from here, so a process killed with requests acknowledged but not yet worked loses none of them.
-- One row per request; an event's key is Slack's event_id, so Slack's retries of it are not stored
-- twice (the unique key); a command's or interaction's key is made when it arrives and becomes the
-- id of its activity, so a re-run after a kill is absorbed by processed_activities.
-- available_at: when a worker may take the row — its arrival, then the end of a worker's lease
-- (a dead worker's row is taken over after it), or the time of the next try after a failure.
-- A row is done when completed_at is set (outcome says how: worked, or given up after its attempts);
-- done rows stay a while so that a late retry of the same event is still recognised, then are purged.
CREATE TABLE slack_inbox (
    id           INTEGER PRIMARY KEY,
    team         TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    delivery_key TEXT    NOT NULL,
    payload      TEXT    NOT NULL,
    received_at  TEXT    NOT NULL,
    available_at TEXT    NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    claimed_by   TEXT    NULL,
    completed_at TEXT    NULL,
    outcome      TEXT    NULL,
    UNIQUE (team, delivery_key)
);

-- Workers read only the pending rows, oldest first; the cap counts them.
CREATE INDEX ix_slack_inbox_pending ON slack_inbox (available_at, id) WHERE completed_at IS NULL;

-- The purge reads only the done rows, by age.
CREATE INDEX ix_slack_inbox_completed ON slack_inbox (completed_at) WHERE completed_at IS NOT NULL;
