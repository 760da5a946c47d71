-- Purchasing (ERP edition): suppliers, and purchase orders whose received goods enter the stock ledger.
CREATE TABLE suppliers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  -- The name folded for sorting and search (search-text.ts sortKey).
  name_key TEXT NOT NULL,
  contact_person TEXT,
  phone TEXT,
  email TEXT,
  address TEXT,
  notes TEXT,
  archived_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
-- Lists: active or archived, by name.
CREATE INDEX suppliers_by_name ON suppliers((archived_at IS NOT NULL), name_key, id);

-- The last order number given out. Numbers come from here, never from max(id), so none is given twice.
CREATE TABLE purchase_order_sequence (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last INTEGER NOT NULL CHECK (last >= 0)
);
INSERT INTO purchase_order_sequence (id, last) VALUES (1, 0);

CREATE TABLE purchase_orders (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ordered', 'received', 'cancelled')),
  -- A calendar day, YYYY-MM-DD.
  expected_on TEXT,
  currency TEXT NOT NULL,
  notes TEXT,
  ordered_at INTEGER,
  received_at INTEGER,
  cancelled_at INTEGER,
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
-- Lists: newest first, of all, of one status, or of one supplier.
CREATE INDEX purchase_orders_by_status ON purchase_orders(status, id);
CREATE INDEX purchase_orders_by_supplier ON purchase_orders(supplier_id, id);

CREATE TABLE purchase_order_lines (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES purchase_orders(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 9999),
  unit_cost_minor INTEGER NOT NULL CHECK (unit_cost_minor >= 0),
  received_quantity INTEGER NOT NULL DEFAULT 0 CHECK (received_quantity BETWEEN 0 AND quantity),
  UNIQUE (order_id, product_id)
);
-- The on-order view sums the lines of each product.
CREATE INDEX purchase_order_lines_by_product ON purchase_order_lines(product_id);

-- What is still to come: per line of an order placed and open, ordered and not yet received.
-- One row per line, not a sum per product: a query that sums one product's rows then reads that
-- product's lines by the index above, where a grouped view would be summed for every product.
DROP VIEW product_on_order;
CREATE VIEW product_on_order AS
  SELECT l.product_id AS product_id, l.quantity - l.received_quantity AS quantity
  FROM purchase_order_lines l JOIN purchase_orders o ON o.id = l.order_id
  WHERE o.status = 'ordered';
