-- Saved work-order views, and the indexes of the work-order report.

CREATE TABLE workorder_views (
  id INTEGER PRIMARY KEY,
  owner_id INTEGER NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  -- The name case-folded (shared/workorders/views.ts): unique per owner.
  name_key TEXT NOT NULL,
  shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
  queue TEXT NOT NULL,
  -- JSON, as workorders.list takes it.
  filter TEXT NOT NULL DEFAULT '{}',
  sort TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX workorder_views_by_owner ON workorder_views(owner_id, name_key);
CREATE INDEX workorder_views_shared ON workorder_views(owner_id) WHERE shared = 1;

-- Closed per period and the averages: a range of resolution times read from the index alone.
CREATE INDEX workorders_by_resolved ON workorders(resolved_at, created_at, first_response_at, assignee_id)
  WHERE resolved_at IS NOT NULL;
-- Opened per period of one assignee, from the index alone. Led by the time, not the assignee, so
-- that the `mine` queue keeps walking its partial index of open work orders.
CREATE INDEX workorders_by_created_assignee ON workorders(created_at, assignee_id);
-- The open load per assignee and status, with the oldest, from the index alone; the WHERE text
-- must stay the repository's OPEN condition (migration 0011).
CREATE INDEX workorders_open_load ON workorders(assignee_id, status, created_at)
  WHERE status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer');
