-- Milestones (work_items.is_milestone exists since 0001; these indexes serve the digest's milestone
-- lists and the reminder scan), escalations read by time, personal conversations of members, and
-- task reminders: one claimed row per task, kind and due date (whoever inserts it sends), and every
-- reminder message's outcome.

CREATE INDEX ix_work_items_milestone_due ON work_items (workspace_id, is_milestone, due_date);
CREATE INDEX ix_work_items_due ON work_items (due_date, status);
CREATE INDEX ix_risk_escalations_at ON risk_escalations (workspace_id, escalated_at);

ALTER TABLE conversation_addresses ADD COLUMN conversation_type TEXT NULL;
ALTER TABLE conversation_addresses ADD COLUMN member_id INTEGER NULL;
CREATE INDEX ix_conversation_addresses_member ON conversation_addresses (workspace_id, member_id, conversation_type);

CREATE TABLE reminder_slots (
    workspace_id INTEGER NOT NULL,
    project_id   INTEGER NOT NULL,
    task_number  INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    due_date     TEXT    NOT NULL,
    member_id    INTEGER NOT NULL,
    claimed_at   TEXT    NOT NULL,
    PRIMARY KEY (workspace_id, project_id, task_number, kind, due_date)
);

CREATE TABLE reminder_attempts (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    member_id    INTEGER NOT NULL,
    tasks        TEXT    NOT NULL,
    outcome      TEXT    NOT NULL,
    attempted_at TEXT    NOT NULL
);

CREATE INDEX ix_reminder_attempts_member ON reminder_attempts (workspace_id, member_id, attempted_at);
