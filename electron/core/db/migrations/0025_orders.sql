-- Sales orders (add-on): a customer's order, its lines, and its way from draft to fulfilled.
-- The last order number given out. Numbers come from here, never from max(id), so none is given twice.
CREATE TABLE sales_order_sequence (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last INTEGER NOT NULL CHECK (last >= 0)
);
INSERT INTO sales_order_sequence (id, last) VALUES (1, 0);

CREATE TABLE sales_orders (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  contact_id INTEGER NOT NULL REFERENCES contacts(id),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'confirmed', 'fulfilled', 'cancelled')),
  currency TEXT NOT NULL,
  notes TEXT,
  confirmed_at INTEGER,
  fulfilled_at INTEGER,
  cancelled_at INTEGER,
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
-- Lists: newest first, of all, of one status, or of one customer.
CREATE INDEX sales_orders_by_status ON sales_orders(status, id);
CREATE INDEX sales_orders_by_contact ON sales_orders(contact_id, id);

CREATE TABLE sales_order_lines (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES sales_orders(id),
  description TEXT NOT NULL,
  -- A product of the catalogue (inventory), or none for a service or a free-text item.
  product_id INTEGER REFERENCES products(id),
  quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 9999),
  unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0)
);
CREATE INDEX sales_order_lines_by_order ON sales_order_lines(order_id, id);
CREATE INDEX sales_order_lines_by_product ON sales_order_lines(product_id) WHERE product_id IS NOT NULL;
