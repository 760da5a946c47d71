-- The stock ledger (ERP edition). Every change of a product's stock is a movement: goods
-- received, a stocktake's difference, goods issued, an admin's correction. Nothing edits a
-- quantity in place; product_stock keeps the running balance, so the stock inquiry reads one row
-- per product instead of summing its ledger.
CREATE TABLE stock_movements (
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id),
  -- Signed: goods in are positive, goods out negative.
  quantity INTEGER NOT NULL CHECK (quantity <> 0),
  reason TEXT NOT NULL CHECK (reason IN ('receipt', 'stocktake', 'issue', 'correction')),
  -- What the movement came from (a purchase order, a stocktake) and that record's number; or none.
  source_kind TEXT CHECK (source_kind IN ('purchaseOrder', 'stocktake')),
  source_id INTEGER,
  source_number TEXT,
  note TEXT,
  by_id INTEGER NOT NULL REFERENCES users(id),
  at INTEGER NOT NULL,
  on_hand_after INTEGER NOT NULL,
  CHECK ((source_kind IS NULL) = (source_id IS NULL) AND (source_id IS NULL) = (source_number IS NULL))
);
-- A product's ledger, newest first.
CREATE INDEX stock_movements_by_product ON stock_movements(product_id, id);

CREATE TABLE product_stock (
  product_id INTEGER PRIMARY KEY REFERENCES products(id),
  on_hand INTEGER NOT NULL
);

-- What is still to come from open purchase orders, a row per order line (product_id, quantity);
-- purchasing (0023) defines it.
CREATE VIEW product_on_order AS SELECT 0 AS product_id, 0 AS quantity WHERE 0;
