-- The pipeline: configurable stages, deals moving through them, and the history of each deal
-- that a contact's timeline shows.

-- The stage list is edited as a whole; this one row carries its version.
CREATE TABLE deal_pipeline (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  stages_version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO deal_pipeline (id) VALUES (1);

-- A removed stage stays (removed_at set) for the closed deals and the history that name it.
CREATE TABLE deal_stages (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
  removed_at INTEGER
);
INSERT INTO deal_stages (id, name, position, probability) VALUES
  (1, 'Qualification', 1, 10),
  (2, 'Needs analysis', 2, 25),
  (3, 'Proposal', 3, 50),
  (4, 'Negotiation', 4, 75);

CREATE TABLE deals (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount >= 0),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  stage_id INTEGER NOT NULL REFERENCES deal_stages(id),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
  close_reason TEXT,
  closed_at INTEGER,
  expected_close TEXT,
  probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
  owner_id INTEGER NOT NULL REFERENCES users(id),
  contact_id INTEGER REFERENCES contacts(id),
  company_id INTEGER REFERENCES companies(id),
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK ((status = 'open') = (closed_at IS NULL))
);
-- The board: each open stage's cards in order, the latest won and lost; totals from the index alone.
CREATE INDEX deals_open_by_stage ON deals(stage_id, coalesce(expected_close, '9999-12-31'), id)
  WHERE status = 'open';
CREATE INDEX deals_closed ON deals(status, closed_at, id) WHERE status <> 'open';
CREATE INDEX deals_totals ON deals(status, stage_id, currency, amount, probability);
CREATE INDEX deals_by_owner ON deals(owner_id, status);
CREATE INDEX deals_by_contact ON deals(contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX deals_by_update ON deals(updated_at, id);

-- What happened to a deal: created, moved to a stage, won, lost, reopened.
CREATE TABLE deal_history (
  id INTEGER PRIMARY KEY,
  deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
  change TEXT NOT NULL CHECK (change IN ('created', 'stage', 'won', 'lost', 'reopened')),
  stage_id INTEGER NOT NULL REFERENCES deal_stages(id),
  reason TEXT,
  actor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  at INTEGER NOT NULL
);
CREATE INDEX deal_history_by_deal ON deal_history(deal_id, at, id);
