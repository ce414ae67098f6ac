-- Approval requests, their approvers (with each one's decision) and the chat messages that show
-- them. A decision is one conditional update of the approver's row while the request is pending.

CREATE TABLE approvals (
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
    number       INTEGER NOT NULL,
    kind         INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 5),
    subject      TEXT    NOT NULL,
    project_id   INTEGER NULL,
    requester_id INTEGER NOT NULL,
    policy       INTEGER NOT NULL CHECK (policy BETWEEN 0 AND 1),
    status       INTEGER NOT NULL CHECK (status BETWEEN 0 AND 4),
    due_date     TEXT    NULL,
    risk_number  INTEGER NULL,
    created_at   TEXT    NOT NULL,
    decided_at   TEXT    NULL,
    PRIMARY KEY (workspace_id, number),
    FOREIGN KEY (workspace_id, project_id) REFERENCES projects (workspace_id, id),
    FOREIGN KEY (workspace_id, requester_id) REFERENCES members (workspace_id, id)
);

CREATE INDEX ix_approvals_requester ON approvals (workspace_id, requester_id, status);

CREATE TABLE approval_approvers (
    workspace_id    INTEGER NOT NULL,
    approval_number INTEGER NOT NULL,
    member_id       INTEGER NOT NULL,
    position        INTEGER NOT NULL,
    decision        INTEGER NULL CHECK (decision BETWEEN 0 AND 1),
    comment         TEXT    NULL,
    decided_at      TEXT    NULL,
    PRIMARY KEY (workspace_id, approval_number, member_id),
    FOREIGN KEY (workspace_id, approval_number) REFERENCES approvals (workspace_id, number),
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id)
);

CREATE INDEX ix_approval_approvers_member ON approval_approvers (workspace_id, member_id, decision);

CREATE TABLE approval_messages (
    id              INTEGER PRIMARY KEY,
    workspace_id    INTEGER NOT NULL,
    approval_number INTEGER NOT NULL,
    channel_id      TEXT    NOT NULL,
    service_url     TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    activity_id     TEXT    NOT NULL,
    tenant_id       TEXT    NULL,
    UNIQUE (workspace_id, approval_number, conversation_id, activity_id),
    FOREIGN KEY (workspace_id, approval_number) REFERENCES approvals (workspace_id, number)
);
