-- Work-order SLA: the company's business hours and targets, and each work order's timers.

-- The SLA settings are edited as a whole (shared/workorders/sla.ts), stored as JSON in this one
-- row; NULL settings: the defaults. `applied` = 0 until the open work orders' timers were computed
-- under them (the core does it at start, so work orders from before this migration get timers).
CREATE TABLE workorder_sla (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL DEFAULT 0,
  settings TEXT,
  applied INTEGER NOT NULL DEFAULT 0
);
INSERT INTO workorder_sla (id) VALUES (1);

-- Due times in UTC epoch ms, NULL where the priority has no target.
ALTER TABLE workorders ADD COLUMN first_response_due_at INTEGER;
ALTER TABLE workorders ADD COLUMN resolution_due_at INTEGER;
-- Business ms the resolution clock stood still before sla_paused_at (waiting on the customer,
-- resolved or closed); sla_paused_at: since when it stands still now, NULL while it runs.
ALTER TABLE workorders ADD COLUMN sla_paused_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE workorders ADD COLUMN sla_paused_at INTEGER;
ALTER TABLE workorders ADD COLUMN first_response_breached_at INTEGER;
ALTER TABLE workorders ADD COLUMN resolution_breached_at INTEGER;
-- The soonest unmet target still running: the SLA sort and the queue's highlight.
ALTER TABLE workorders ADD COLUMN sla_due_at INTEGER;
-- The soonest target not yet recorded as breached: when the breach timer must look next.
ALTER TABLE workorders ADD COLUMN sla_breach_at INTEGER;

-- The SLA sort of the queues, as migration 0011's indexes do for the other sorts (same WHERE text).
CREATE INDEX workorders_open_by_sla ON workorders(coalesce(sla_due_at, 9007199254740991), id)
  WHERE status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer');
CREATE INDEX workorders_open_by_assignee_sla ON workorders(assignee_id, coalesce(sla_due_at, 9007199254740991), id)
  WHERE status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer');
CREATE INDEX workorders_by_sla ON workorders(coalesce(sla_due_at, 9007199254740991), id);
CREATE INDEX workorders_sla_breach ON workorders(sla_breach_at) WHERE sla_breach_at IS NOT NULL;
