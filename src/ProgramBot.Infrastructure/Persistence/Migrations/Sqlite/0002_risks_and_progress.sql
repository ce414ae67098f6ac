-- Risks, their escalations and progress reports; per-workspace risk bands; counters for ids
-- that are numbered per workspace (R-1, R-2, …).

ALTER TABLE workspaces ADD COLUMN risk_medium_from INTEGER NOT NULL DEFAULT 5;
ALTER TABLE workspaces ADD COLUMN risk_high_from INTEGER NOT NULL DEFAULT 10;
ALTER TABLE workspaces ADD COLUMN risk_critical_from INTEGER NOT NULL DEFAULT 15;
ALTER TABLE workspaces ADD COLUMN risk_escalation_threshold INTEGER NOT NULL DEFAULT 15;

CREATE TABLE counters (
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
    name         TEXT    NOT NULL,
    value        INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, name)
);

CREATE TABLE risks (
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
    number       INTEGER NOT NULL,
    project_id   INTEGER NULL,
    program_id   INTEGER NULL,
    title        TEXT    NOT NULL,
    probability  INTEGER NOT NULL CHECK (probability BETWEEN 1 AND 5),
    impact       INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    owner_id     INTEGER NULL,
    mitigation   TEXT    NULL,
    review_date  TEXT    NULL,
    status       INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),
    closing_note TEXT    NULL,
    created_by   INTEGER NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (workspace_id, number),
    CHECK ((project_id IS NULL) <> (program_id IS NULL)),
    FOREIGN KEY (workspace_id, project_id) REFERENCES projects (workspace_id, id),
    FOREIGN KEY (workspace_id, program_id) REFERENCES programs (workspace_id, id),
    FOREIGN KEY (workspace_id, owner_id) REFERENCES members (workspace_id, id),
    FOREIGN KEY (workspace_id, created_by) REFERENCES members (workspace_id, id)
);

CREATE INDEX ix_risks_project_status ON risks (workspace_id, project_id, status);
CREATE INDEX ix_risks_program_status ON risks (workspace_id, program_id, status);

CREATE TABLE risk_escalations (
    id              INTEGER PRIMARY KEY,
    workspace_id    INTEGER NOT NULL,
    risk_number     INTEGER NOT NULL,
    score           INTEGER NOT NULL,
    escalated_to_id INTEGER NULL,
    escalated_at    TEXT    NOT NULL,
    FOREIGN KEY (workspace_id, risk_number) REFERENCES risks (workspace_id, number),
    FOREIGN KEY (workspace_id, escalated_to_id) REFERENCES members (workspace_id, id)
);

CREATE TABLE progress_reports (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    project_id   INTEGER NOT NULL,
    task_number  INTEGER NULL,
    reporter_id  INTEGER NOT NULL,
    reported_at  TEXT    NOT NULL,
    percent      INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
    rag          INTEGER NULL CHECK (rag BETWEEN 0 AND 2),
    rag_reason   TEXT    NULL,
    done         TEXT    NULL,
    next         TEXT    NULL,
    blockers     TEXT    NULL,
    FOREIGN KEY (workspace_id, project_id) REFERENCES projects (workspace_id, id),
    FOREIGN KEY (workspace_id, reporter_id) REFERENCES members (workspace_id, id)
);

CREATE INDEX ix_progress_reports_project ON progress_reports (workspace_id, project_id, reported_at);
