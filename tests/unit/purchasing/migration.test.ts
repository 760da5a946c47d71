import { expect, test } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { createPurchaseOrderRepository } from '../../../electron/core/modules/inventory/purchasing/orders-repository';
import { createSupplierRepository } from '../../../electron/core/modules/inventory/purchasing/suppliers-repository';
import { aroundMigration, useDatabases } from '../core/migration-helpers';

const { before, upTo } = aroundMigration('purchasing');
const database = useDatabases();

const supplier = {
  name: 'Paper Co',
  contactPerson: null,
  phone: null,
  email: null,
  address: null,
  notes: null,
};
const onOrder = (db: ReturnType<typeof database>) =>
  db
    .prepare(
      'SELECT product_id, sum(quantity) AS quantity FROM product_on_order GROUP BY product_id ORDER BY product_id',
    )
    .all();

test('from an empty database: no suppliers, orders numbered from PO-000001, nothing on order', () => {
  const db = database();
  migrate(db, upTo);
  const suppliers = createSupplierRepository(db);
  expect(suppliers.list({}, null, 10)).toEqual({ items: [], nextCursor: null });
  expect(onOrder(db)).toEqual([]);
  db.exec(`INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
    VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0)`);
  const made = suppliers.create(supplier, 1);
  const order = createPurchaseOrderRepository(db).create(
    { supplierId: made.id, expectedOn: null, currency: 'CNY', notes: null, lines: [] },
    1,
    2,
  );
  expect(order).toMatchObject({ number: 'PO-000001', status: 'draft' });
});

test('from the previous version: existing products and stock are kept, and only placed orders count as on order', () => {
  const db = database();
  migrate(db, before);
  db.exec(`INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
    VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0)`);
  db.exec(`INSERT INTO products (id, sku, name, name_key, unit, price_minor, currency, created_at, updated_at)
    VALUES (1, 'TNR-2', 'Toner', 'toner', 'pcs', 4500, 'CNY', 0, 0), (2, 'DRM-1', 'Drum', 'drum', 'pcs', 1, 'CNY', 0, 0)`);
  db.exec('INSERT INTO product_stock (product_id, on_hand) VALUES (1, 3)');
  migrate(db, upTo);
  expect(db.pragma('user_version', { simple: true })).toBe(upTo.at(-1)!.version);
  expect(db.prepare('SELECT * FROM product_stock').all()).toEqual([{ product_id: 1, on_hand: 3 }]);

  const made = createSupplierRepository(db).create(supplier, 1);
  const orders = createPurchaseOrderRepository(db);
  const fields = { supplierId: made.id, expectedOn: null, currency: 'CNY', notes: null };
  const placed = orders.create(
    {
      ...fields,
      lines: [
        { productId: 1, quantity: 10, unitCostMinor: 1 },
        { productId: 2, quantity: 2, unitCostMinor: 1 },
      ],
    },
    1,
    2,
  );
  orders.place(placed.id, 1, 3);
  orders.create({ ...fields, lines: [{ productId: 1, quantity: 50, unitCostMinor: 1 }] }, 1, 4);
  orders.receive(placed.id, 2, [{ lineId: placed.lines[0]!.id, quantity: 4 }], 5, () => {});
  expect(onOrder(db)).toEqual([
    { product_id: 1, quantity: 6 },
    { product_id: 2, quantity: 2 },
  ]);
  expect(db.pragma('foreign_key_check')).toEqual([]);
});

test('the tables refuse what the contract refuses', () => {
  const db = database();
  migrate(db, upTo);
  expect(() =>
    db.exec(`INSERT INTO purchase_orders (number, supplier_id, status, currency, created_by, created_at, updated_at)
      VALUES ('PO-1', 1, 'lost', 'CNY', 1, 0, 0)`),
  ).toThrow(/CHECK/);
  expect(() =>
    db.exec(
      `INSERT INTO purchase_order_lines (order_id, product_id, quantity, unit_cost_minor) VALUES (1, 1, 1, -1)`,
    ),
  ).toThrow(/CHECK/);
});
