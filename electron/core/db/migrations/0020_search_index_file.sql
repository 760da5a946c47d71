-- The contacts' full-text indexes move to a database file of their own (company-search.db,
-- electron/core/modules/contacts/search-index), so that a second thread can write them while
-- this file takes the contacts themselves: one SQLite file has one writer at a time.
DROP TABLE contact_phones_vocab;
DROP TABLE contact_phones_fts;
DROP TABLE contacts_fts;

-- Counts the transactions that changed what the search index holds. The index file keeps the
-- count it has caught up with; when the two differ (a crash between the two files' commits,
-- a missing or replaced index file), the index is rebuilt from the contacts.
CREATE TABLE search_index_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL
);
INSERT INTO search_index_state (id, seq) VALUES (1, 1);
