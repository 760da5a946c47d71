-- Stocktakes (ERP edition): count sheets whose differences are posted to the stock ledger (0022).
CREATE TABLE stocktakes (
  id INTEGER PRIMARY KEY,
  -- ST-000045: its place in the order stocktakes were started.
  number TEXT NOT NULL UNIQUE,
  note TEXT,
  status TEXT NOT NULL DEFAULT 'counting' CHECK (status IN ('counting', 'posted', 'cancelled')),
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  -- Who posted or cancelled it, and when; only then.
  closed_by INTEGER REFERENCES users(id),
  closed_at INTEGER,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK ((status = 'counting') = (closed_at IS NULL) AND (closed_at IS NULL) = (closed_by IS NULL))
);
-- Lists, newest first, optionally of one status.
CREATE INDEX stocktakes_by_status ON stocktakes(status, id);

CREATE TABLE stocktake_lines (
  id INTEGER PRIMARY KEY,
  stocktake_id INTEGER NOT NULL REFERENCES stocktakes(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  -- On hand when the count started (may be below zero, as the ledger allows).
  expected INTEGER NOT NULL,
  counted INTEGER CHECK (counted BETWEEN 0 AND 1000000000),
  counted_by INTEGER REFERENCES users(id),
  counted_at INTEGER,
  -- The movement posted for this line; null before posting or when nothing differed.
  adjustment INTEGER CHECK (adjustment <> 0),
  CHECK ((counted IS NULL) = (counted_at IS NULL) AND (counted_at IS NULL) = (counted_by IS NULL)),
  -- One line per product; also the index of a stocktake's lines.
  UNIQUE (stocktake_id, product_id)
);
