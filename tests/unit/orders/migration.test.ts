import { expect, test } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { createSalesOrderRepository } from '../../../electron/core/modules/orders/repository';
import { aroundMigration, schemaNames, useDatabases } from '../core/migration-helpers';

const { before, upTo } = aroundMigration('orders');
const database = useDatabases();

const CUSTOMER = `
  INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
    VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0);
  INSERT INTO contacts (id, name, sort_name, phones, emails, tags, owner_id, created_at, updated_at)
    VALUES (1, 'Ann Lee', 'ann lee', '[]', '[]', '[]', 1, 0, 0);`;

test('from an empty database: the order tables with their list indexes and a sequence at 0', () => {
  const db = database();
  migrate(db, upTo);
  expect(schemaNames(db, 'table')).toEqual(
    expect.arrayContaining(['sales_orders', 'sales_order_lines', 'sales_order_sequence']),
  );
  expect(schemaNames(db, 'index')).toEqual(
    expect.arrayContaining([
      'sales_orders_by_status',
      'sales_orders_by_contact',
      'sales_order_lines_by_order',
    ]),
  );
  expect(db.prepare('SELECT last FROM sales_order_sequence').get()).toEqual({ last: 0 });
});

test('from the version before: existing customers can be sold to at once, numbered from SO-000001', () => {
  const db = database();
  migrate(db, before);
  db.exec(CUSTOMER);
  migrate(db, upTo);
  expect(db.pragma('user_version', { simple: true })).toBe(upTo.at(-1)!.version);
  // The repository also reads what later migrations add (returns).
  migrate(db, migrations);
  const orders = createSalesOrderRepository(db);
  const order = orders.create(
    {
      contactId: 1,
      currency: 'CNY',
      notes: null,
      lines: [{ description: 'Installation', productId: null, quantity: 3, unitPriceMinor: 12_050 }],
    },
    1,
    1000,
  );
  expect(order).toMatchObject({ number: 'SO-000001', contactName: 'Ann Lee', totalMinor: 36_150 });
  expect(db.pragma('foreign_key_check')).toEqual([]);
});

test('the tables themselves refuse an unknown status, a quantity out of range and a negative price', () => {
  const db = database();
  migrate(db, upTo);
  db.exec(CUSTOMER);
  const order = (status: string) =>
    db
      .prepare(
        `INSERT INTO sales_orders (number, contact_id, status, currency, created_by, created_at, updated_at)
         VALUES (?, 1, ?, 'CNY', 1, 0, 0)`,
      )
      .run(`SO-${status}`, status);
  expect(() => order('shipped')).toThrow(/CHECK/);
  const { lastInsertRowid } = order('draft');
  const line = (quantity: number, price: number) =>
    db
      .prepare(
        `INSERT INTO sales_order_lines (order_id, description, quantity, unit_price_minor) VALUES (?, 'x', ?, ?)`,
      )
      .run(lastInsertRowid, quantity, price);
  expect(() => line(0, 1)).toThrow(/CHECK/);
  expect(() => line(10_000, 1)).toThrow(/CHECK/);
  expect(() => line(1, -1)).toThrow(/CHECK/);
  expect(() => line(9999, 0)).not.toThrow();
});
