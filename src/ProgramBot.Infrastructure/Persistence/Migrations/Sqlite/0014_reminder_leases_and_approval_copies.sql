-- Reminders: a claimed reminder is completed once its message's attempt has finished, whatever the outcome (sent,
-- refused, given up after the messenger's retries, or skipped for want of a personal chat). A claim that
-- is never completed means the process died between the claim and the end of the send: after the lease
-- (Reminders:ClaimLease) the next run of the reminder job may claim it once more (claims counts the
-- claims), then it is recorded as abandoned.
ALTER TABLE reminder_slots ADD COLUMN completed_at TEXT NULL;
ALTER TABLE reminder_slots ADD COLUMN claims INTEGER NOT NULL DEFAULT 1;

-- Reminders claimed before this migration went through the old, send-or-lose path: none is retried.
UPDATE reminder_slots SET completed_at = claimed_at;

-- Each run reads the open claims whose lease has run out, a handful at most.
CREATE INDEX ix_reminder_slots_open ON reminder_slots (claimed_at) WHERE completed_at IS NULL;

-- Approval-card copies kept up to date after the deciding turn. An approval's version is the number of
-- decisions recorded on it (each one changes the card). Each posted copy records the version it shows and
-- the version it should show (set by the decision's transaction); a copy behind is updated by the turn,
-- else by the background job or the sweep. A copy in a conversation the bot can no longer reach (403/404,
-- Slack channel gone) is given up. Copies posted before this migration are taken as up to date.
ALTER TABLE approval_messages ADD COLUMN shown_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE approval_messages ADD COLUMN target_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE approval_messages ADD COLUMN given_up_at TEXT NULL;

CREATE INDEX ix_approval_messages_outdated ON approval_messages (workspace_id, approval_number)
    WHERE given_up_at IS NULL AND shown_version < target_version;

-- The requester's notice of a settled approval, written by the decision's transaction: a post, so it is
-- claimed before it is sent (claims counts the claims) and completed with its outcome. A claim whose send
-- never finished (the process died) is taken over after the lease (ApprovalCopies:NoticeLease).
CREATE TABLE approval_notices (
    workspace_id    INTEGER NOT NULL,
    approval_number INTEGER NOT NULL,
    channel_user_id TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    text            TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    claimed_at      TEXT    NULL,
    claims          INTEGER NOT NULL DEFAULT 0,
    completed_at    TEXT    NULL,
    outcome         TEXT    NULL,
    PRIMARY KEY (workspace_id, approval_number),
    FOREIGN KEY (workspace_id, approval_number) REFERENCES approvals (workspace_id, number)
);

CREATE INDEX ix_approval_notices_open ON approval_notices (created_at) WHERE completed_at IS NULL;
