-- Installation jobs (add-on `installation`): a technician at a customer's site in a time window,
-- with a checklist and completion notes.
CREATE TABLE installation_jobs (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  contact_id INTEGER REFERENCES contacts(id),
  company_id INTEGER REFERENCES companies(id),
  workorder_id INTEGER REFERENCES workorders(id),
  technician_id INTEGER NOT NULL REFERENCES users(id),
  start_at INTEGER NOT NULL,
  end_at INTEGER NOT NULL,
  -- The IANA zone the window was booked in, to show it as it was booked.
  time_zone TEXT NOT NULL,
  address TEXT,
  -- [{ "text": ..., "done": true|false }], at most 50 items, always read and written whole.
  checklist TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'inProgress', 'done', 'cancelled')),
  completion_notes TEXT,
  completed_at INTEGER,
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (end_at > start_at),
  CHECK (contact_id IS NOT NULL OR company_id IS NOT NULL)
);
-- A technician's calendar and the clash check.
CREATE INDEX installation_jobs_by_technician ON installation_jobs(technician_id, start_at, id);
CREATE INDEX installation_jobs_by_start ON installation_jobs(start_at, id);
-- A contact's and a company's timelines.
CREATE INDEX installation_jobs_by_contact ON installation_jobs(contact_id, start_at, id)
  WHERE contact_id IS NOT NULL;
CREATE INDEX installation_jobs_by_company ON installation_jobs(company_id, start_at, id)
  WHERE company_id IS NOT NULL;
