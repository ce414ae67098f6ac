-- Initial schema. Enums are stored as integers (the C# enum values); timestamps as UTC
-- ISO-8601 text (round-trip "O"); dates as yyyy-MM-dd text, so text order is date order.
-- Composite foreign keys on (workspace_id, id) keep every reference inside one workspace.

CREATE TABLE workspaces (
    id                INTEGER PRIMARY KEY,
    external_id       TEXT    NOT NULL UNIQUE,
    default_time_zone TEXT    NOT NULL,
    created_at        TEXT    NOT NULL
);

CREATE TABLE members (
    id              INTEGER PRIMARY KEY,
    workspace_id    INTEGER NOT NULL REFERENCES workspaces (id),
    channel_user_id TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    handle          TEXT    NOT NULL,
    time_zone       TEXT    NULL,
    created_at      TEXT    NOT NULL,
    UNIQUE (workspace_id, channel_user_id),
    UNIQUE (workspace_id, id)
);

CREATE INDEX ix_members_handle ON members (workspace_id, handle);

CREATE TABLE programs (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
    key          TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    objective    TEXT    NULL,
    manager_id   INTEGER NULL,
    created_at   TEXT    NOT NULL,
    UNIQUE (workspace_id, key),
    UNIQUE (workspace_id, id),
    FOREIGN KEY (workspace_id, manager_id) REFERENCES members (workspace_id, id)
);

CREATE TABLE projects (
    id               INTEGER PRIMARY KEY,
    workspace_id     INTEGER NOT NULL REFERENCES workspaces (id),
    key              TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    program_id       INTEGER NULL,
    manager_id       INTEGER NULL,
    start_date       TEXT    NULL,
    target_end       TEXT    NULL,
    status           INTEGER NOT NULL CHECK (status BETWEEN 0 AND 2),
    next_task_number INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT    NOT NULL,
    UNIQUE (workspace_id, key),
    UNIQUE (workspace_id, id),
    FOREIGN KEY (workspace_id, program_id) REFERENCES programs (workspace_id, id),
    FOREIGN KEY (workspace_id, manager_id) REFERENCES members (workspace_id, id)
);

CREATE TABLE work_items (
    workspace_id     INTEGER NOT NULL,
    project_id       INTEGER NOT NULL,
    number           INTEGER NOT NULL,
    title            TEXT    NOT NULL,
    description      TEXT    NULL,
    assignee_id      INTEGER NULL,
    due_date         TEXT    NULL,
    priority         INTEGER NOT NULL CHECK (priority BETWEEN 0 AND 3),
    status           INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),
    blocked_reason   TEXT    NULL,
    percent_complete INTEGER NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
    is_milestone     INTEGER NOT NULL DEFAULT 0,
    created_by       INTEGER NOT NULL,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    PRIMARY KEY (workspace_id, project_id, number),
    FOREIGN KEY (workspace_id, project_id) REFERENCES projects (workspace_id, id),
    FOREIGN KEY (workspace_id, assignee_id) REFERENCES members (workspace_id, id),
    FOREIGN KEY (workspace_id, created_by) REFERENCES members (workspace_id, id)
);

CREATE INDEX ix_work_items_project_status_due ON work_items (project_id, status, due_date);
CREATE INDEX ix_work_items_assignee_status ON work_items (workspace_id, assignee_id, status);

CREATE TABLE channel_bindings (
    workspace_id    INTEGER NOT NULL REFERENCES workspaces (id),
    conversation_id TEXT    NOT NULL,
    project_id      INTEGER NOT NULL,
    bound_by        INTEGER NOT NULL,
    bound_at        TEXT    NOT NULL,
    PRIMARY KEY (workspace_id, conversation_id),
    FOREIGN KEY (workspace_id, project_id) REFERENCES projects (workspace_id, id),
    FOREIGN KEY (workspace_id, bound_by) REFERENCES members (workspace_id, id)
);

CREATE TABLE processed_activities (
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
    activity_key TEXT    NOT NULL,
    processed_at TEXT    NOT NULL,
    PRIMARY KEY (workspace_id, activity_key)
);

CREATE TABLE audit_events (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
    actor_id     INTEGER NULL,
    entity_type  TEXT    NOT NULL,
    entity_id    TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    details      TEXT    NOT NULL,
    at           TEXT    NOT NULL
);

CREATE INDEX ix_audit_events_entity ON audit_events (workspace_id, entity_type, entity_id);

CREATE TABLE bot_state (
    key        TEXT PRIMARY KEY,
    json       TEXT NOT NULL,
    etag       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
