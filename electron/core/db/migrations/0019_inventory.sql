-- Inventory (ERP edition), first piece: the product catalogue, and the products listed on work orders.
CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  sku TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  -- The name folded for sorting and search (search-text.ts sortKey), so 'apple' sorts by 'Banana'.
  name_key TEXT NOT NULL,
  unit TEXT NOT NULL,
  description TEXT,
  price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
  currency TEXT NOT NULL,
  archived_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
-- Lists: active or archived, by name.
CREATE INDEX products_by_name ON products((archived_at IS NOT NULL), name_key, id);

-- Products are archived, never deleted, so a link keeps its product.
CREATE TABLE workorder_products (
  id INTEGER PRIMARY KEY,
  workorder_id INTEGER NOT NULL REFERENCES workorders(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 9999),
  serial_number TEXT,
  note TEXT,
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
-- One product with one serial (or none) once per work order.
CREATE UNIQUE INDEX workorder_products_once
  ON workorder_products(workorder_id, product_id, IFNULL(serial_number, ''));

-- What happened to a work order's products, for its thread; the link itself may be gone.
CREATE TABLE workorder_product_changes (
  id INTEGER PRIMARY KEY,
  workorder_id INTEGER NOT NULL REFERENCES workorders(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  action TEXT NOT NULL CHECK (action IN ('linked', 'updated', 'unlinked')),
  quantity INTEGER NOT NULL,
  serial_number TEXT,
  author_id INTEGER NOT NULL REFERENCES users(id),
  at INTEGER NOT NULL
);
CREATE INDEX workorder_product_changes_by_work_order ON workorder_product_changes(workorder_id, at, id);
