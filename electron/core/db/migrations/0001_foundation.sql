-- Company, users, sessions, customers (companies and contacts) with search indexes.

CREATE TABLE company (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL COLLATE NOCASE UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'agent', 'staff')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_user ON sessions(user_id);

CREATE TABLE companies (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  sort_name TEXT NOT NULL,
  company_id INTEGER REFERENCES companies(id),
  title TEXT,
  phones TEXT NOT NULL DEFAULT '[]',
  emails TEXT NOT NULL DEFAULT '[]',
  tags TEXT NOT NULL DEFAULT '[]',
  address TEXT,
  notes TEXT,
  owner_id INTEGER REFERENCES users(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  version INTEGER NOT NULL DEFAULT 1
);
-- The list's two orders. owner_id rides along so that "my customers" filters inside the index:
-- a company has a handful of owners, and two indexes cost bulk inserts far less than four.
CREATE INDEX contacts_by_name ON contacts(sort_name, id, owner_id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_by_updated ON contacts(updated_at, id, owner_id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_in_trash ON contacts(deleted_at, id) WHERE deleted_at IS NOT NULL;

-- Derived index tables (tags, phone keys, words) are kept by the contacts repository alone and
-- hold live contacts only; they carry no foreign keys, which would slow bulk inserts for no gain.

-- contacts.tags holds the list as shown; this table answers "which contacts have tag X".
CREATE TABLE contact_tags (
  tag TEXT NOT NULL,
  contact_id INTEGER NOT NULL,
  PRIMARY KEY (tag, contact_id)
) WITHOUT ROWID;
CREATE INDEX contact_tags_by_contact ON contact_tags(contact_id);

-- Digits-only phone keys for caller lookup (shared/contacts/phone.ts builds them). No index by
-- contact: a contact's keys are found again from its stored phones, which halves the B-tree work
-- of each key on bulk inserts.
CREATE TABLE contact_phone_keys (
  key TEXT NOT NULL,
  contact_id INTEGER NOT NULL,
  PRIMARY KEY (key, contact_id)
) WITHOUT ROWID;

-- Name, company, title and e-mail words; rowid = contacts.id. Only live contacts are indexed.
CREATE VIRTUAL TABLE contacts_fts USING fts5(
  words,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
-- FTS5 writes pending terms out as a new segment whenever they pass hashsize (1 MiB by default)
-- and merges segments as they pile up; 32 MiB means fewer, larger segments on bulk inserts.
INSERT INTO contacts_fts (contacts_fts, rank) VALUES ('hashsize', 33554432);
