-- Notices to other conversations (slip notices, risk escalations told to program stakeholders, a digest's
-- copies to them) survive a killed process.
--
-- notice_jobs is a transactional outbox: the change that causes notices writes its job here in the same
-- transaction; after the commit the job is queued (queued_at); the job marks it done when every conversation
-- has had its notice. A sweep queues again a job never queued, or queued and not done within the lease
-- (Notices:ClaimLease), and gives it up after Notices:MaxQueued tries.
CREATE TABLE notice_jobs (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    argument     TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    queued_at    TEXT    NULL,
    queued       INTEGER NOT NULL DEFAULT 0,
    done_at      TEXT    NULL,
    outcome      TEXT    NULL,
    UNIQUE (kind, argument)
);

CREATE INDEX ix_notice_jobs_open ON notice_jobs (workspace_id, created_at) WHERE done_at IS NULL;

-- One row per notice and conversation: claimed before the send, completed after it whatever the outcome.
-- A claim never completed (the process died while sending) is taken over after the lease, at most
-- Notices:MaxClaims times in all. It replaces slip_notices, whose rows move here as completed.
CREATE TABLE notice_deliveries (
    workspace_id    INTEGER NOT NULL,
    subject         TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    claimed_at      TEXT    NOT NULL,
    claims          INTEGER NOT NULL DEFAULT 1,
    completed_at    TEXT    NULL,
    delivered       INTEGER NOT NULL DEFAULT 0,
    outcome         TEXT    NULL,
    PRIMARY KEY (workspace_id, subject, conversation_id)
);

INSERT INTO notice_deliveries (workspace_id, subject, conversation_id, claimed_at, claims, completed_at, delivered, outcome)
SELECT workspace_id, 'slip:' || CAST(change_id AS TEXT), conversation_id, claimed_at, 1, claimed_at,
       CASE WHEN outcome LIKE 'Delivered%' THEN 1 ELSE 0 END, outcome
FROM slip_notices;

DROP TABLE slip_notices;

-- A program digest goes, by default, to the program's stakeholders too (each in their personal chat with
-- the bot). Subscriptions made before this migration keep their single conversation.
ALTER TABLE digest_subscriptions ADD COLUMN to_stakeholders INTEGER NOT NULL DEFAULT 0;
