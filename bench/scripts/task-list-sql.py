#!/usr/bin/env python3
"""Times `task list #P05`'s two SQL statements straight on SQLite (no .NET), as shipped and with
an ordered / covering index, on a copy of the seeded bench database. Evidence for bench/README.md.

    dotnet run -c Release --project bench/ProgramBot.Bench -- seed --db /tmp/bench-seed.db
    python3 bench/scripts/task-list-sql.py /tmp/bench-seed.db
"""
import shutil
import sqlite3
import sys
import tempfile
import time

SELECT = """SELECT w.workspace_id, w.project_id, p.key, w.number, w.title, w.description, w.assignee_id, w.due_date,
       w.priority, w.status, w.blocked_reason, w.percent_complete, w.is_milestone, w.created_by, w.created_at, w.updated_at
FROM work_items w JOIN projects p ON p.workspace_id = w.workspace_id AND p.id = w.project_id
WHERE w.workspace_id = 1 AND w.project_id = 5 AND w.status <> 3"""
LIST = SELECT + """ ORDER BY CASE WHEN w.status = 3 THEN 1 ELSE 0 END, CASE WHEN w.due_date IS NULL THEN 1 ELSE 0 END,
       w.due_date, p.key, w.number LIMIT 15"""
LIST_ORDERED = SELECT + " ORDER BY w.due_date NULLS LAST, w.number LIMIT 15"
COUNT = "SELECT COUNT(*) FROM work_items w WHERE w.workspace_id = 1 AND w.project_id = 5 AND w.status <> 3"


def cpu_us(con, sql, n=3000):
    con.execute(sql).fetchall()
    started = time.process_time()
    for _ in range(n):
        con.execute(sql).fetchall()
    return (time.process_time() - started) / n * 1e6


def main(seeded):
    with tempfile.TemporaryDirectory() as folder:
        path = shutil.copy(seeded, folder)
        con = sqlite3.connect(path)
        for name, sql in [("list as shipped", LIST), ("count as shipped", COUNT)]:
            plan = " / ".join(row[3] for row in con.execute("EXPLAIN QUERY PLAN " + sql))
            print(f"{name}: {cpu_us(con, sql):.0f} µs CPU  [{plan}]")
        con.execute("CREATE INDEX bench_due ON work_items (workspace_id, project_id, due_date, number)")
        con.execute("CREATE INDEX bench_status ON work_items (workspace_id, project_id, status)")
        for name, sql in [("list, ORDER BY due_date NULLS LAST + index (ws, project, due, number)", LIST_ORDERED),
                          ("count + covering index (ws, project, status)", COUNT)]:
            plan = " / ".join(row[3] for row in con.execute("EXPLAIN QUERY PLAN " + sql))
            print(f"{name}: {cpu_us(con, sql):.0f} µs CPU  [{plan}]")


if __name__ == "__main__":
    main(sys.argv[1])
