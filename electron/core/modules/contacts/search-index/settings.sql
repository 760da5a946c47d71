-- FTS5's settings for the search index's tables (schema.sql), kept in the tables themselves; a
-- change here applies to an existing index in place (attach.ts), without rebuilding it.

-- Bulk inserts (the writer thread, writer.ts): FTS5 writes its pending terms out as a segment
-- whenever they pass hashsize. At 4 MiB a batch of 50,000 contacts goes out in several segments
-- while the caller is still inserting the contacts, rather than all at once while the caller
-- waits for the batch to end. Merging 16 segments of a level at a time, not 4, writes each term
-- fewer times over a large build; a search reads a few more segments, still well under a millisecond.
INSERT INTO search.contacts_fts (contacts_fts, rank) VALUES ('hashsize', 4194304);
INSERT INTO search.contacts_fts (contacts_fts, rank) VALUES ('automerge', 16);
INSERT INTO search.contact_phones_fts (contact_phones_fts, rank) VALUES ('hashsize', 4194304);
INSERT INTO search.contact_phones_fts (contact_phones_fts, rank) VALUES ('automerge', 16);
