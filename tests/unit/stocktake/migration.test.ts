import { expect, test } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { createStockLedger } from '../../../electron/core/modules/inventory/stock/ledger-repository';
import { createStocktakeRepository } from '../../../electron/core/modules/inventory/stocktake/repository';
import { aroundMigration, useDatabases } from '../core/migration-helpers';

const { before, upTo } = aroundMigration('stocktakes');
const database = useDatabases();

const addOwnerAndProduct = (db: ReturnType<typeof database>) =>
  db.exec(`INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
      VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0);
    INSERT INTO products (id, sku, name, name_key, unit, price_minor, currency, created_at, updated_at)
      VALUES (1, 'TNR-2', 'Toner', 'toner', 'pcs', 4500, 'CNY', 0, 0);`);

test('from an empty database: no stocktakes, and the first one started is ST-000001', () => {
  const db = database();
  migrate(db, upTo);
  addOwnerAndProduct(db);
  const stocktakes = createStocktakeRepository(db);
  expect(stocktakes.list(null, null, 10)).toEqual({ items: [], nextCursor: null });
  expect(stocktakes.start(null, null, 1, 5)).toMatchObject({
    number: 'ST-000001',
    status: 'counting',
    lines: [{ product: { sku: 'TNR-2' }, expected: 0, counted: null }],
  });
});

test('from the previous version: existing stock is what a new stocktake expects, and posting moves it', () => {
  const db = database();
  migrate(db, before);
  addOwnerAndProduct(db);
  const ledger = createStockLedger(db);
  ledger.post({
    productId: 1,
    quantity: 5,
    reason: 'correction',
    source: null,
    note: 'opening',
    by: 1,
    at: 1,
  });
  migrate(db, upTo);
  expect(db.pragma('user_version', { simple: true })).toBe(upTo.at(-1)!.version);
  const stocktakes = createStocktakeRepository(db);
  const started = stocktakes.start([1], 'Year end', 1, 2);
  expect(started.lines).toMatchObject([{ expected: 5, onHand: 5 }]);
  stocktakes.count(started.id, [{ lineId: started.lines[0]!.id, counted: 3 }], 1, 3);
  stocktakes.post(started.id, 2, 1, 4, (line, number) => {
    const quantity = line.counted - ledger.onHand(line.productId);
    ledger.post({
      productId: line.productId,
      quantity,
      reason: 'stocktake',
      source: { kind: 'stocktake', id: started.id, number },
      note: null,
      by: 1,
      at: 4,
    });
    return quantity;
  });
  expect(stocktakes.get(started.id)).toMatchObject({
    status: 'posted',
    lines: [{ counted: 3, onHand: 3, adjustment: -2 }],
  });
  expect(db.pragma('foreign_key_check')).toEqual([]);
});
