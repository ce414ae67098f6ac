-- A claimed reminder is completed once its message's attempt has finished, whatever the outcome (sent,
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
