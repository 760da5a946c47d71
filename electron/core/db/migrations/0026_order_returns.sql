-- Returns of fulfilled sales orders: goods a customer brings back, some quantity of some lines.
-- The order stays fulfilled; what was returned is read from these rows.
-- Whether fulfilling the order took its products out of stock (it does only while the licence has
-- inventory); a return puts back only what went out. Orders fulfilled before: by the ledger's issues.
ALTER TABLE sales_orders ADD COLUMN stock_issued INTEGER NOT NULL DEFAULT 0 CHECK (stock_issued IN (0, 1));
UPDATE sales_orders SET stock_issued = 1
  WHERE status = 'fulfilled'
    AND EXISTS (SELECT 1 FROM stock_movements m WHERE m.reason = 'issue' AND m.note = sales_orders.number);

-- The last return number given out (RT-000123), as sales_order_sequence does for orders.
CREATE TABLE sales_return_sequence (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last INTEGER NOT NULL CHECK (last >= 0)
);
INSERT INTO sales_return_sequence (id, last) VALUES (1, 0);

CREATE TABLE sales_returns (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  order_id INTEGER NOT NULL REFERENCES sales_orders(id),
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  returned_by INTEGER NOT NULL REFERENCES users(id),
  returned_at INTEGER NOT NULL
);
-- An order's returns, oldest first.
CREATE INDEX sales_returns_by_order ON sales_returns(order_id, id);

CREATE TABLE sales_return_lines (
  id INTEGER PRIMARY KEY,
  return_id INTEGER NOT NULL REFERENCES sales_returns(id),
  order_line_id INTEGER NOT NULL REFERENCES sales_order_lines(id),
  quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 9999),
  UNIQUE (return_id, order_line_id)
);
-- What has come back of an order line so far.
CREATE INDEX sales_return_lines_by_order_line ON sales_return_lines(order_line_id);
