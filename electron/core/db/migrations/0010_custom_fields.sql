-- Fields a company defines for its contacts and deals (issue 4): their definitions, and each
-- record's values as one JSON object by field id.

CREATE TABLE custom_fields (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL CHECK (entity IN ('contact', 'deal')),
  label TEXT NOT NULL,
  -- The label case and width folded: import headers find their field by it, so two live fields
  -- of an entity may not share it.
  label_key TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'choice', 'choices', 'checkbox')),
  -- JSON array of the choices' labels, in the order they are offered.
  choices TEXT NOT NULL DEFAULT '[]',
  in_list INTEGER NOT NULL DEFAULT 0,
  archived INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX custom_fields_live_label ON custom_fields(entity, label_key) WHERE archived = 0;
CREATE INDEX custom_fields_by_position ON custom_fields(entity, position, id);

-- Adding a column with a constant default rewrites no row, however many contacts there are.
ALTER TABLE contacts ADD COLUMN custom TEXT NOT NULL DEFAULT '{}';
ALTER TABLE deals ADD COLUMN custom TEXT NOT NULL DEFAULT '{}';
