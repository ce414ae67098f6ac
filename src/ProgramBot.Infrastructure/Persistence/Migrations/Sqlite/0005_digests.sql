-- Digest subscriptions (the source of truth for scheduled digests), the slots claimed for sending
-- (one row per subscription and scheduled time: whoever inserts it sends), every delivery attempt,
-- and durable conversation addresses for messages the bot starts itself.

CREATE TABLE conversation_addresses (
    workspace_id    INTEGER NOT NULL REFERENCES workspaces (id),
    conversation_id TEXT    NOT NULL,
    channel_id      TEXT    NOT NULL,
    service_url     TEXT    NOT NULL,
    tenant_id       TEXT    NULL,
    bot_id          TEXT    NOT NULL,
    bot_name        TEXT    NULL,
    updated_at      TEXT    NOT NULL,
    PRIMARY KEY (workspace_id, conversation_id)
);

CREATE TABLE digest_subscriptions (
    workspace_id    INTEGER NOT NULL REFERENCES workspaces (id),
    number          INTEGER NOT NULL,
    conversation_id TEXT    NOT NULL,
    scope_kind      INTEGER NOT NULL CHECK (scope_kind BETWEEN 0 AND 2),
    program_id      INTEGER NULL,
    project_id      INTEGER NULL,
    schedule_kind   TEXT    NOT NULL,
    schedule_day    INTEGER NULL,
    schedule_cron   TEXT    NULL,
    schedule_at     TEXT    NOT NULL,
    schedule_zone   TEXT    NOT NULL,
    created_by      INTEGER NOT NULL,
    created_at      TEXT    NOT NULL,
    last_slot       TEXT    NULL,
    last_snapshot   TEXT    NULL,
    failing_reason  TEXT    NULL,
    PRIMARY KEY (workspace_id, number),
    FOREIGN KEY (workspace_id, program_id) REFERENCES programs (workspace_id, id),
    FOREIGN KEY (workspace_id, project_id) REFERENCES projects (workspace_id, id),
    FOREIGN KEY (workspace_id, created_by) REFERENCES members (workspace_id, id)
);

CREATE INDEX ix_digest_subscriptions_conversation ON digest_subscriptions (workspace_id, conversation_id);

CREATE TABLE digest_slots (
    workspace_id        INTEGER NOT NULL,
    subscription_number INTEGER NOT NULL,
    slot                TEXT    NOT NULL,
    claimed_at          TEXT    NOT NULL,
    PRIMARY KEY (workspace_id, subscription_number, slot)
);

CREATE TABLE digest_attempts (
    id                  INTEGER PRIMARY KEY,
    workspace_id        INTEGER NOT NULL,
    subscription_number INTEGER NOT NULL,
    slot                TEXT    NOT NULL,
    outcome             TEXT    NOT NULL,
    attempted_at        TEXT    NOT NULL
);

CREATE INDEX ix_digest_attempts_subscription ON digest_attempts (workspace_id, subscription_number, slot);
