-- Phone keys move from a B-tree to a full-text index of their own. Keys are random, so every
-- batch of new contacts dirtied nearly every leaf page of contact_phone_keys: at a million
-- contacts a batch of 50,000 rewrote most of the table. FTS5 appends a segment per batch and
-- merges segments in the background of later writes.
--
-- One row per contact (rowid = contacts.id) holding its keys as tokens: `p` + national digits
-- and `s` + reversed digits (shared/contacts/phone.ts), without the colon, which the ascii
-- tokenizer would split on. Prefix indexes of 4 and 5 characters serve the short fragments
-- typed most (3 and 4 digits); longer ones match few terms.
CREATE VIRTUAL TABLE contact_phones_fts USING fts5(
  keys,
  content = '',
  contentless_delete = 1,
  detail = none,
  tokenize = 'ascii',
  prefix = '4 5'
);
INSERT INTO contact_phones_fts (contact_phones_fts, rank) VALUES ('hashsize', 33554432);
INSERT INTO contact_phones_fts (rowid, keys)
  SELECT contact_id, group_concat(replace(key, ':', ''), ' ') FROM contact_phone_keys GROUP BY contact_id;
DROP TABLE contact_phone_keys;

-- Shared phone keys for the duplicate finder: terms with their document counts.
CREATE VIRTUAL TABLE contact_phones_vocab USING fts5vocab(contact_phones_fts, row);
