import { expect, test } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { createSalesOrderRepository } from '../../../electron/core/modules/orders/repository';
import { aroundMigration, schemaNames, useDatabases } from '../core/migration-helpers';

const { before, upTo } = aroundMigration('order_returns');
const database = useDatabases();

/** A customer with a fulfilled order of two lines (3 toner without a product row, an installation). */
const FULFILLED_ORDER = `
  INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
    VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0);
  INSERT INTO contacts (id, name, sort_name, phones, emails, tags, owner_id, created_at, updated_at)
    VALUES (1, 'Ann Lee', 'ann lee', '[]', '[]', '[]', 1, 0, 0);
  INSERT INTO sales_orders (id, number, contact_id, status, currency, confirmed_at, fulfilled_at, created_by,
      created_at, updated_at, version)
    VALUES (1, 'SO-000007', 1, 'fulfilled', 'CNY', 2000, 3000, 1, 1000, 3000, 3);
  INSERT INTO sales_order_lines (id, order_id, description, product_id, quantity, unit_price_minor)
    VALUES (1, 1, 'Toner', NULL, 3, 4500), (2, 1, 'Installation', NULL, 1, 20000);`;

test('from an empty database: the return tables with their indexes and a sequence at 0', () => {
  const db = database();
  migrate(db, upTo);
  expect(schemaNames(db, 'table')).toEqual(
    expect.arrayContaining(['sales_returns', 'sales_return_lines', 'sales_return_sequence']),
  );
  expect(schemaNames(db, 'index')).toEqual(
    expect.arrayContaining(['sales_returns_by_order', 'sales_return_lines_by_order_line']),
  );
  expect(db.prepare('SELECT last FROM sales_return_sequence').get()).toEqual({ last: 0 });
});

test('from the version before: an order fulfilled then stays fulfilled, returns nothing yet and takes a return', () => {
  const db = database();
  migrate(db, before);
  db.exec(FULFILLED_ORDER);
  migrate(db, upTo);
  expect(db.pragma('user_version', { simple: true })).toBe(upTo.at(-1)!.version);
  const orders = createSalesOrderRepository(db);
  expect(orders.get(1)).toMatchObject({
    status: 'fulfilled',
    version: 3,
    returns: [],
    returnedMinor: 0,
    netTotalMinor: 33_500,
  });
  const restocked: unknown[] = [];
  const { order, returned } = orders.recordReturn(
    { orderId: 1, lines: [{ lineId: 1, quantity: 2 }], reason: 'Damaged', by: 1, at: 5000 },
    (...args) => restocked.push(args),
  );
  expect(returned).toMatchObject({ number: 'RT-000001', totalMinor: 9000, returnedAt: 5000 });
  expect(order).toMatchObject({ status: 'fulfilled', version: 4, netTotalMinor: 24_500 });
  expect(order.lines.map((line) => line.returnedQuantity)).toEqual([2, 0]);
  // Lines without a product only count in the money.
  expect(restocked).toEqual([]);
  expect(db.pragma('foreign_key_check')).toEqual([]);
});

test('from the version before: an order whose fulfilment issued stock restocks its return; one that did not, not', () => {
  const db = database();
  migrate(db, before);
  db.exec(`${FULFILLED_ORDER}
    INSERT INTO products (id, sku, name, name_key, unit, price_minor, currency, created_at, updated_at)
      VALUES (1, 'TNR-2', 'Toner', 'toner', 'pcs', 4500, 'CNY', 0, 0);
    UPDATE sales_order_lines SET product_id = 1 WHERE id = 1;
    INSERT INTO sales_orders (id, number, contact_id, status, currency, confirmed_at, fulfilled_at, created_by,
        created_at, updated_at, version)
      VALUES (2, 'SO-000008', 1, 'fulfilled', 'CNY', 2000, 3000, 1, 1000, 3000, 3);
    INSERT INTO sales_order_lines (id, order_id, description, product_id, quantity, unit_price_minor)
      VALUES (3, 2, 'Toner', 1, 1, 4500);
    INSERT INTO stock_movements (product_id, quantity, reason, note, by_id, at, on_hand_after)
      VALUES (1, -3, 'issue', 'SO-000007', 1, 3000, 7);`);
  migrate(db, upTo);
  expect(db.prepare('SELECT number, stock_issued FROM sales_orders ORDER BY id').all()).toEqual([
    { number: 'SO-000007', stock_issued: 1 },
    { number: 'SO-000008', stock_issued: 0 },
  ]);
  const orders = createSalesOrderRepository(db);
  const restocked: number[] = [];
  const returnOne = (orderId: number, lineId: number) =>
    orders.recordReturn(
      { orderId, lines: [{ lineId, quantity: 1 }], reason: 'Damaged', by: 1, at: 5000 },
      (line) => restocked.push(line.id),
    );
  returnOne(1, 1);
  returnOne(2, 3);
  expect(restocked).toEqual([1]);
});

test('the tables themselves refuse a blank reason, a quantity out of range and a line twice in a return', () => {
  const db = database();
  migrate(db, upTo);
  db.exec(FULFILLED_ORDER);
  const insertReturn = (number: string, reason: string) =>
    db
      .prepare(
        `INSERT INTO sales_returns (number, order_id, reason, returned_by, returned_at) VALUES (?, 1, ?, 1, 0)`,
      )
      .run(number, reason);
  expect(() => insertReturn('RT-blank', '  ')).toThrow(/CHECK/);
  const { lastInsertRowid } = insertReturn('RT-000001', 'Damaged');
  expect(() => insertReturn('RT-000001', 'Again')).toThrow(/UNIQUE/);
  const line = (orderLineId: number, quantity: number) =>
    db
      .prepare('INSERT INTO sales_return_lines (return_id, order_line_id, quantity) VALUES (?, ?, ?)')
      .run(lastInsertRowid, orderLineId, quantity);
  expect(() => line(1, 0)).toThrow(/CHECK/);
  expect(() => line(1, 10_000)).toThrow(/CHECK/);
  expect(() => line(99, 1)).toThrow(/FOREIGN KEY/);
  line(1, 1);
  expect(() => line(1, 1)).toThrow(/UNIQUE/);
});
