-- FTS5's settings for the search index's tables (schema.sql), kept in the tables themselves; a
-- change here applies to an existing index in place (attach.ts), without rebuilding it.

-- Bulk inserts (the writer thread, writer.ts): FTS5 writes its pending terms out as a segment
-- whenever they pass hashsize. At 4 MiB a batch of 50,000 contacts goes out in several segments
-- while the caller is still inserting the contacts, rather than all at once while the caller
-- waits for the batch to end.
INSERT INTO search.contacts_fts (contacts_fts, rank) VALUES ('hashsize', 4194304);
INSERT INTO search.contact_phones_fts (contact_phones_fts, rank) VALUES ('hashsize', 4194304);
-- Segments are merged only when a level holds 64 (crisismerge), all at once, never a little on
-- every write (automerge 0). Building a million contacts then writes each term one level fewer
-- times, and no batch waits for a merge of most of the index (1–2 s near 750,000 contacts with
-- merges of 16): 15–20 % more contacts per second. A search reads more segments, 1.5–2.5 ms p95
-- at a million instead of 0.7–1.2 ms.
INSERT INTO search.contacts_fts (contacts_fts, rank) VALUES ('automerge', 0);
INSERT INTO search.contacts_fts (contacts_fts, rank) VALUES ('crisismerge', 64);
INSERT INTO search.contact_phones_fts (contact_phones_fts, rank) VALUES ('automerge', 0);
INSERT INTO search.contact_phones_fts (contact_phones_fts, rank) VALUES ('crisismerge', 64);
