-- Contact imports: who ran which file when, what it did, and what an undo needs.

CREATE TABLE contact_imports (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  file_name TEXT NOT NULL,
  match_field TEXT NOT NULL CHECK (match_field IN ('email', 'phone', 'name', 'none')),
  on_duplicate TEXT NOT NULL CHECK (on_duplicate IN ('skip', 'update', 'create')),
  -- 'interrupted': the app stopped while it ran; the batches it committed stay, unrecorded.
  status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'cancelled', 'failed', 'interrupted', 'undone')),
  read_count INTEGER NOT NULL DEFAULT 0,
  created_count INTEGER NOT NULL DEFAULT 0,
  updated_count INTEGER NOT NULL DEFAULT 0,
  skipped_count INTEGER NOT NULL DEFAULT 0,
  failed_count INTEGER NOT NULL DEFAULT 0,
  -- JSON arrays of row errors and of rows repeating an earlier row of the file.
  errors TEXT NOT NULL DEFAULT '[]',
  file_duplicates TEXT NOT NULL DEFAULT '[]',
  started_at INTEGER NOT NULL,
  finished_at INTEGER,
  undone_at INTEGER,
  undone_by INTEGER REFERENCES users(id)
);
CREATE INDEX contact_imports_by_start ON contact_imports(started_at, id);

-- Contacts an import created; an undo moves them to the trash unless changed since.
CREATE TABLE contact_import_created (
  import_id INTEGER NOT NULL REFERENCES contact_imports(id),
  contact_id INTEGER NOT NULL,
  PRIMARY KEY (import_id, contact_id)
) WITHOUT ROWID;

-- Contacts an import updated: the contact as it was before (JSON) and the version the import left.
CREATE TABLE contact_import_updated (
  import_id INTEGER NOT NULL REFERENCES contact_imports(id),
  contact_id INTEGER NOT NULL,
  before TEXT NOT NULL,
  after_version INTEGER NOT NULL,
  PRIMARY KEY (import_id, contact_id)
) WITHOUT ROWID;
