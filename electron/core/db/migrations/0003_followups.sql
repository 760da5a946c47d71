-- Follow-ups (calls, visits, e-mails, notes, tasks) and the log of contacts' field changes,
-- the first two sources of the contact timeline.

CREATE TABLE followups (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'email', 'note', 'task')),
  subject TEXT NOT NULL,
  body TEXT,
  contact_id INTEGER REFERENCES contacts(id),
  company_id INTEGER REFERENCES companies(id),
  due_at INTEGER,
  assignee_id INTEGER NOT NULL REFERENCES users(id),
  done_at INTEGER,
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  -- Where a follow-up sits in a contact's list and timeline: its due time, else its creation.
  at INTEGER GENERATED ALWAYS AS (coalesce(due_at, created_at)) VIRTUAL,
  CHECK (contact_id IS NOT NULL OR company_id IS NOT NULL)
);
CREATE INDEX followups_by_contact ON followups(contact_id, at, id) WHERE contact_id IS NOT NULL;
CREATE INDEX followups_by_company ON followups(company_id, at, id) WHERE company_id IS NOT NULL;
-- "My follow-ups": open ones with a due time, by assignee.
CREATE INDEX followups_open_by_assignee ON followups(assignee_id, due_at, id)
  WHERE done_at IS NULL AND due_at IS NOT NULL;

-- One row per field an update changed; values are JSON (text, list of text, id or null).
CREATE TABLE contact_changes (
  id INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts(id),
  field TEXT NOT NULL,
  old_value TEXT NOT NULL,
  new_value TEXT NOT NULL,
  changed_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  changed_at INTEGER NOT NULL
);
CREATE INDEX contact_changes_by_contact ON contact_changes(contact_id, changed_at, id);
