-- Measured in the benchmark (a 50-project program of 100,000 tasks): counting each project's tasks
-- by status and overdue read every task row for its due date (~76 ms); with the due date in the
-- index the counts come from the index alone (~10 ms, as fast as a bare GROUP BY). The new index
-- also serves what the two it replaces served (its leading columns).

DROP INDEX ix_work_items_project_status;
DROP INDEX ix_work_items_project_status_due;
CREATE INDEX ix_work_items_project_status_due_date ON work_items (workspace_id, project_id, status, due_date);

-- Each project's newest project-level report, for digests and status: found by one index step per
-- project instead of ranking every report of the scope.
CREATE INDEX ix_progress_reports_project_task ON progress_reports (workspace_id, project_id, task_number, reported_at);
