-- Work orders: numbered per year, dispatched to agents, with watchers and a thread of replies,
-- internal notes and changes.

-- The last number given out in each year. Numbers come from here, never from max(id), so a
-- number is never given twice, even after the work order that held it was deleted.
CREATE TABLE workorder_sequences (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
);

CREATE TABLE workorders (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  subject TEXT NOT NULL,
  description TEXT,
  contact_id INTEGER REFERENCES contacts(id),
  company_id INTEGER REFERENCES companies(id),
  priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  -- The priority sort's key: urgent highest.
  priority_weight INTEGER GENERATED ALWAYS AS (
    CASE priority WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END) VIRTUAL,
  category TEXT,
  status TEXT NOT NULL DEFAULT 'new'
    CHECK (status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer', 'resolved', 'closed')),
  assignee_id INTEGER REFERENCES users(id),
  due_at INTEGER,
  channel TEXT NOT NULL DEFAULT 'phone' CHECK (channel IN ('phone', 'email', 'walkIn', 'remote')),
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  first_response_at INTEGER,
  resolved_at INTEGER,
  closed_at INTEGER,
  reply_count INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1
);
-- The queues. Open work orders are few beside closed ones, so each open queue walks a partial
-- index in the order of its sort, and only open rows pay for keeping them; the WHERE text must
-- stay identical to the repository's OPEN condition for SQLite to use them. Undated work orders
-- sort after every dated one (9007199254740991: Number.MAX_SAFE_INTEGER).
CREATE INDEX workorders_open_by_update ON workorders(updated_at, id)
  WHERE status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer');
CREATE INDEX workorders_open_by_assignee ON workorders(assignee_id, updated_at, id)
  WHERE status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer');
CREATE INDEX workorders_open_by_due ON workorders(coalesce(due_at, 9007199254740991), id)
  WHERE status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer');
CREATE INDEX workorders_open_by_priority ON workorders(priority_weight, updated_at, id)
  WHERE status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer');
CREATE INDEX workorders_open_by_created ON workorders(created_at, id)
  WHERE status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer');
CREATE INDEX workorders_open_by_assignee_created ON workorders(assignee_id, created_at, id)
  WHERE status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer');
CREATE INDEX workorders_open_by_assignee_due ON workorders(assignee_id, coalesce(due_at, 9007199254740991), id)
  WHERE status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer');
CREATE INDEX workorders_open_by_assignee_priority ON workorders(assignee_id, priority_weight, updated_at, id)
  WHERE status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer');
CREATE INDEX workorders_by_update ON workorders(updated_at, id);
CREATE INDEX workorders_by_created ON workorders(created_at, id);
CREATE INDEX workorders_by_due ON workorders(coalesce(due_at, 9007199254740991), id);
CREATE INDEX workorders_by_priority ON workorders(priority_weight, updated_at, id);
CREATE INDEX workorders_by_contact ON workorders(contact_id, updated_at, id) WHERE contact_id IS NOT NULL;
CREATE INDEX workorders_by_company ON workorders(company_id, updated_at, id) WHERE company_id IS NOT NULL;

-- Number, subject and description words; rowid = workorders.id.
CREATE VIRTUAL TABLE workorders_fts USING fts5(
  words,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE TABLE workorder_watchers (
  workorder_id INTEGER NOT NULL REFERENCES workorders(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id),
  PRIMARY KEY (workorder_id, user_id)
) WITHOUT ROWID;
CREATE INDEX workorder_watchers_by_user ON workorder_watchers(user_id);

-- Replies, internal notes, status changes and assignments, oldest first.
CREATE TABLE workorder_thread (
  id INTEGER PRIMARY KEY,
  workorder_id INTEGER NOT NULL REFERENCES workorders(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('reply', 'note', 'status', 'assignment')),
  author_id INTEGER NOT NULL REFERENCES users(id),
  at INTEGER NOT NULL,
  body TEXT,
  from_value TEXT,
  to_value TEXT,
  -- JSON array of user ids.
  mentioned_ids TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX workorder_thread_by_workorder ON workorder_thread(workorder_id, id);
-- When each agent was last given a work order: the fewest-open rule's tie-break.
CREATE INDEX workorder_thread_assignments ON workorder_thread(to_value, at) WHERE kind = 'assignment';

-- The dispatch settings are edited as a whole; this one row carries their version.
CREATE TABLE workorder_dispatch (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL DEFAULT 0
);
INSERT INTO workorder_dispatch (id) VALUES (1);

CREATE TABLE workorder_groups (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  rule TEXT NOT NULL CHECK (rule IN ('manual', 'roundRobin', 'fewestOpen')),
  position INTEGER NOT NULL,
  -- Round robin goes on after this member.
  last_assignee_id INTEGER REFERENCES users(id)
);

CREATE TABLE workorder_group_members (
  group_id INTEGER NOT NULL REFERENCES workorder_groups(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (group_id, user_id)
) WITHOUT ROWID;

CREATE TABLE workorder_group_categories (
  group_id INTEGER NOT NULL REFERENCES workorder_groups(id) ON DELETE CASCADE,
  category TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (group_id, category)
) WITHOUT ROWID;
