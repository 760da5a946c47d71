-- Files attached to work orders. The bytes live under the data directory's attachments folder
-- as `stored_as` (a random name: nothing a user typed reaches a path); the name shown is
-- `file_name`.
CREATE TABLE workorder_attachments (
  id INTEGER PRIMARY KEY,
  workorder_id INTEGER NOT NULL REFERENCES workorders(id),
  file_name TEXT NOT NULL,
  stored_as TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  added_by INTEGER NOT NULL REFERENCES users(id),
  added_at INTEGER NOT NULL
);
CREATE INDEX workorder_attachments_by_workorder ON workorder_attachments(workorder_id, id);
