-- Remote assistance (issue 6): the company's tool profiles, the ids customers are reached by,
-- and every session as service delivered.

CREATE TABLE remote_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  -- JSON array of shared/remote/launch-plan.ts ToolProfile; NULL until an admin saves them.
  profiles TEXT,
  default_tool TEXT,
  version INTEGER NOT NULL DEFAULT 0
);
INSERT INTO remote_settings (id) VALUES (1);

-- The id a contact was last reached by, per tool, to fill in the next launch.
CREATE TABLE contact_remote_ids (
  contact_id INTEGER NOT NULL REFERENCES contacts(id),
  tool TEXT NOT NULL,
  remote_id TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (contact_id, tool)
) WITHOUT ROWID;

CREATE TABLE remote_sessions (
  id INTEGER PRIMARY KEY,
  agent_id INTEGER NOT NULL REFERENCES users(id),
  contact_id INTEGER REFERENCES contacts(id),
  work_order_id INTEGER REFERENCES workorders(id),
  tool TEXT NOT NULL,
  remote_id TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  ended_at INTEGER,
  outcome TEXT,
  notes TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX remote_sessions_by_contact ON remote_sessions(contact_id, started_at, id)
  WHERE contact_id IS NOT NULL;
CREATE INDEX remote_sessions_by_work_order ON remote_sessions(work_order_id, started_at, id)
  WHERE work_order_id IS NOT NULL;
CREATE INDEX remote_sessions_by_start ON remote_sessions(started_at, id);

-- Requests for the vendor's remote help: who asked, when, with which tool, under which code.
CREATE TABLE support_requests (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  license_id TEXT,
  support_code TEXT NOT NULL,
  tool TEXT,
  requested_at INTEGER NOT NULL
);
