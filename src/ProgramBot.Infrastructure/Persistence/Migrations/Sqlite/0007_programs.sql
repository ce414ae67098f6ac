-- Programs and dependencies: links between tasks (across projects and programs of a workspace),
-- task estimates in days, slips recorded once per change (the whole report for its notices, and a
-- one-line summary with the projects it touched for program status) with one claimed notice per conversation,
-- program stakeholders, manual RAG overrides that expire, project budgets and spend entries, lessons learned.
-- Money is stored in cents.

CREATE TABLE task_dependencies (
    workspace_id           INTEGER NOT NULL REFERENCES workspaces (id),
    successor_project_id   INTEGER NOT NULL,
    successor_number       INTEGER NOT NULL,
    predecessor_project_id INTEGER NOT NULL,
    predecessor_number     INTEGER NOT NULL,
    created_by             INTEGER NOT NULL,
    created_at             TEXT    NOT NULL,
    PRIMARY KEY (workspace_id, successor_project_id, successor_number, predecessor_project_id, predecessor_number),
    FOREIGN KEY (workspace_id, successor_project_id, successor_number) REFERENCES work_items (workspace_id, project_id, number),
    FOREIGN KEY (workspace_id, predecessor_project_id, predecessor_number) REFERENCES work_items (workspace_id, project_id, number),
    FOREIGN KEY (workspace_id, created_by) REFERENCES members (workspace_id, id)
);

CREATE INDEX ix_task_dependencies_predecessor ON task_dependencies (workspace_id, predecessor_project_id, predecessor_number);

ALTER TABLE work_items ADD COLUMN estimate_days REAL NULL CHECK (estimate_days IS NULL OR estimate_days > 0);
-- Serves the medians of program status without reading every task row.
CREATE INDEX ix_work_items_project_estimate ON work_items (workspace_id, project_id, estimate_days) WHERE estimate_days IS NOT NULL;

CREATE TABLE slip_changes (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
    summary      TEXT    NOT NULL,
    project_ids  TEXT    NOT NULL,
    cross_project INTEGER NOT NULL DEFAULT 0,
    report       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL
);

CREATE INDEX ix_slip_changes_at ON slip_changes (workspace_id, created_at);

CREATE TABLE slip_notices (
    workspace_id    INTEGER NOT NULL,
    change_id       INTEGER NOT NULL REFERENCES slip_changes (id),
    conversation_id TEXT    NOT NULL,
    claimed_at      TEXT    NOT NULL,
    outcome         TEXT    NULL,
    PRIMARY KEY (workspace_id, change_id, conversation_id)
);

CREATE TABLE program_stakeholders (
    workspace_id INTEGER NOT NULL,
    program_id   INTEGER NOT NULL,
    member_id    INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, program_id, member_id),
    FOREIGN KEY (workspace_id, program_id) REFERENCES programs (workspace_id, id),
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id)
);

CREATE TABLE project_rag_overrides (
    workspace_id INTEGER NOT NULL,
    project_id   INTEGER NOT NULL,
    rag          INTEGER NOT NULL CHECK (rag BETWEEN 0 AND 2),
    reason       TEXT    NOT NULL,
    set_by       INTEGER NOT NULL,
    set_at       TEXT    NOT NULL,
    expires_at   TEXT    NOT NULL,
    PRIMARY KEY (workspace_id, project_id),
    FOREIGN KEY (workspace_id, project_id) REFERENCES projects (workspace_id, id),
    FOREIGN KEY (workspace_id, set_by) REFERENCES members (workspace_id, id)
);

ALTER TABLE projects ADD COLUMN budget_cents INTEGER NULL CHECK (budget_cents IS NULL OR budget_cents > 0);
ALTER TABLE projects ADD COLUMN budget_currency TEXT NULL;

CREATE TABLE project_spend (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    project_id   INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    note         TEXT    NOT NULL,
    spent_by     INTEGER NOT NULL,
    spent_at     TEXT    NOT NULL,
    FOREIGN KEY (workspace_id, project_id) REFERENCES projects (workspace_id, id),
    FOREIGN KEY (workspace_id, spent_by) REFERENCES members (workspace_id, id)
);

CREATE INDEX ix_project_spend_project ON project_spend (workspace_id, project_id);

CREATE TABLE lessons (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    project_id   INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    created_by   INTEGER NOT NULL,
    created_at   TEXT    NOT NULL,
    FOREIGN KEY (workspace_id, project_id) REFERENCES projects (workspace_id, id),
    FOREIGN KEY (workspace_id, created_by) REFERENCES members (workspace_id, id)
);

CREATE INDEX ix_lessons_project ON lessons (workspace_id, project_id, id);
