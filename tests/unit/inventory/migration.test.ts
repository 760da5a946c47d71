import { expect, test } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { createProductLinkRepository } from '../../../electron/core/modules/inventory/product-links-repository';
import { createProductRepository } from '../../../electron/core/modules/inventory/products-repository';
import { aroundMigration, useDatabases } from '../core/migration-helpers';

const { before, upTo } = aroundMigration('inventory');
const database = useDatabases();

const product = {
  sku: 'TNR-2',
  name: 'Toner cartridge',
  unit: 'pcs',
  description: null,
  priceMinor: 4500,
  currency: 'CNY',
};

test('from an empty database: an empty catalogue that takes products at once', () => {
  const db = database();
  migrate(db, upTo);
  const products = createProductRepository(db);
  expect(products.list({}, null, 10)).toEqual({ items: [], nextCursor: null });
  expect(products.create(product, 1)).toMatchObject({ sku: 'TNR-2', archived: false, version: 1 });
});

test('from the previous version: an existing work order gets products, and its thread shows them', () => {
  const db = database();
  migrate(db, before);
  db.exec(`INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
    VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0)`);
  db.exec(`INSERT INTO workorders (id, number, subject, created_by, created_at, updated_at)
    VALUES (1, 'WO-2026-000001', 'Printer jams', 1, 0, 0)`);
  migrate(db, upTo);
  expect(db.pragma('user_version', { simple: true })).toBe(upTo.at(-1)!.version);
  const made = createProductRepository(db).create(product, 1);
  const links = createProductLinkRepository(db);
  links.link(1, made.id, { quantity: 2, serialNumber: 'SN1', note: null }, 1, 5);
  expect(links.list(1)).toMatchObject([{ quantity: 2, serialNumber: 'SN1', product: { sku: 'TNR-2' } }]);
  expect(links.workOrderThreadSource(1, null, 10)).toMatchObject([
    { kind: 'productLink', change: { action: 'linked', authorName: 'Olivia', quantity: 2 } },
  ]);
  expect(db.pragma('foreign_key_check')).toEqual([]);
});
