-- Workspace admins: who may manage workspace-wide digests and settings, and grant or revoke admin.
-- Every existing workspace gets its earliest member (lowest id) as its admin; a new workspace's first
-- member becomes its admin in the member upsert.

ALTER TABLE members ADD COLUMN is_admin BIGINT NOT NULL DEFAULT 0;

UPDATE members SET is_admin = 1
WHERE id IN (SELECT MIN(id) FROM members GROUP BY workspace_id);

CREATE INDEX ix_members_admins ON members (workspace_id, is_admin);
