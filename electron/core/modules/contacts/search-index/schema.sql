-- The contacts' search index, in a database file of its own beside company.db (attach.ts). It
-- holds nothing but what can be derived from the contacts again, so a change of this schema
-- drops it and rebuilds it instead of migrating it. Only live contacts are indexed.

-- Name, company, e-mail and searchable custom-field words; rowid = contacts.id.
CREATE VIRTUAL TABLE search.contacts_fts USING fts5(
  words,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

-- Phone keys as tokens, one row per contact (rowid = contacts.id): `p` + national digits and
-- `s` + reversed digits (shared/contacts/phone.ts). Keys are random, so a B-tree of them had
-- nearly every leaf page rewritten by each batch of new contacts; FTS5 appends segments
-- instead. Prefix indexes of 4 and 5 characters serve the short fragments typed most.
CREATE VIRTUAL TABLE search.contact_phones_fts USING fts5(
  keys,
  content = '',
  contentless_delete = 1,
  detail = none,
  tokenize = 'ascii',
  prefix = '4 5'
);

-- Shared phone keys for the duplicate finder: terms with their document counts.
CREATE VIRTUAL TABLE search.contact_phones_vocab USING fts5vocab(contact_phones_fts, row);

-- The change of company.db that this index has caught up with (search_index_state.seq there).
CREATE TABLE search.index_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL
);
INSERT INTO search.index_state (id, seq) VALUES (1, 0);
