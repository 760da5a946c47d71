-- Merges of duplicate customers, kept so that a merge can be undone in one step.

CREATE TABLE contact_merges (
  id INTEGER PRIMARY KEY,
  target_id INTEGER NOT NULL REFERENCES contacts(id),
  -- JSON: the merged-away contacts' ids; the target's fields before the merge; the linked items
  -- moved, as [{ "link": name, "from": contact id, "ids": [item ids] }].
  source_ids TEXT NOT NULL,
  target_before TEXT NOT NULL,
  moved TEXT NOT NULL,
  -- The target's version right after the merge: undo refuses once someone changed it since.
  target_version INTEGER NOT NULL,
  merged_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  merged_at INTEGER NOT NULL,
  undone_at INTEGER
);
CREATE INDEX contact_merges_by_target ON contact_merges(target_id);
