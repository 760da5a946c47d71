import { afterEach, describe, expect, test } from 'vitest';
import { closeCores, issuePaths, setupCore } from '../core/helpers';
import { recordEvents } from '../inventory/helpers';
import { purchasingRows, supplierOf } from './helpers';

afterEach(closeCores);

describe('suppliers', () => {
  test('a supplier is stored with its contact details; empty optional texts are none', async () => {
    const t = await setupCore();
    const made = await t.call(
      'suppliers.create',
      supplierOf('  Paper Co ', {
        contactPerson: 'Li Na',
        phone: '+86 138 0013 8000',
        email: 'sales@paper.example',
        address: '1 Mill Road',
        notes: '',
      }),
    );
    expect(made).toMatchObject({
      name: 'Paper Co',
      contactPerson: 'Li Na',
      phone: '+86 138 0013 8000',
      email: 'sales@paper.example',
      address: '1 Mill Road',
      notes: null,
      archived: false,
      version: 1,
    });
    expect(await t.call('suppliers.get', { id: made.id })).toEqual(made);
    await t.fail('suppliers.get', { id: 4242 }, 'NOT_FOUND');
  });

  test('a name taken by another supplier, in any letter case, is refused naming it; nothing changes', async () => {
    const t = await setupCore();
    const paper = await t.call('suppliers.create', supplierOf('Paper Co'));
    const toner = await t.call('suppliers.create', supplierOf('Toner Ltd'));
    const before = purchasingRows(t);
    const error = await t.fail('suppliers.create', supplierOf(' paper co'), 'CONFLICT');
    expect(error.details).toMatchObject({ name: 'Paper Co', supplierId: paper.id });
    await t.fail('suppliers.update', { id: toner.id, version: 1, patch: { name: 'PAPER CO' } }, 'CONFLICT');
    expect(purchasingRows(t)).toEqual(before);
    expect(
      await t.call('suppliers.update', { id: paper.id, version: 1, patch: { name: 'paper co' } }),
    ).toMatchObject({ name: 'paper co', version: 2 });
  });

  test('each invalid field is refused by name and stores nothing', async () => {
    const t = await setupCore();
    const cases: [Record<string, unknown>, string][] = [
      [supplierOf('  '), 'name'],
      [supplierOf('x'.repeat(201)), 'name'],
      [supplierOf('Paper', { phone: '12' }), 'phone'],
      [supplierOf('Paper', { email: 'not-an-email' }), 'email'],
      [supplierOf('Paper', { address: 'x'.repeat(501) }), 'address'],
      [supplierOf('Paper', { notes: 'x'.repeat(4001) }), 'notes'],
      [{ ...supplierOf('Paper'), fax: '1' }, 'fax'],
    ];
    for (const [input, path] of cases) {
      expect(issuePaths(await t.fail('suppliers.create', input, 'VALIDATION')), path).toEqual([path]);
    }
    expect(purchasingRows(t).suppliers).toEqual([]);
  });

  test('a stale version is refused with CONFLICT for edits and archiving, and changes nothing', async () => {
    const t = await setupCore();
    const made = await t.call('suppliers.create', supplierOf('Paper Co'));
    await t.call('suppliers.update', { id: made.id, version: 1, patch: { phone: '010 1234 5678' } });
    const before = purchasingRows(t);
    const error = await t.fail(
      'suppliers.update',
      { id: made.id, version: 1, patch: { notes: 'x' } },
      'CONFLICT',
    );
    expect(error.details).toEqual({ currentVersion: 2 });
    await t.fail('suppliers.setArchived', { id: made.id, version: 1, archived: true }, 'CONFLICT');
    expect(purchasingRows(t)).toEqual(before);
  });

  test('an edit keeps the fields it does not name and clears those given empty', async () => {
    const t = await setupCore();
    const made = await t.call(
      'suppliers.create',
      supplierOf('Paper Co', { phone: '010 1234 5678', notes: 'Net 30' }),
    );
    const edited = await t.call('suppliers.update', { id: made.id, version: 1, patch: { notes: '' } });
    expect(edited).toMatchObject({ phone: '010 1234 5678', notes: null, version: 2 });
  });

  test('archive moves it to the archived list and restore brings it back; changes are announced', async () => {
    const t = await setupCore();
    const events = recordEvents(t);
    const made = await t.call('suppliers.create', supplierOf('Paper Co'));
    const archived = await t.call('suppliers.setArchived', { id: made.id, version: 1, archived: true });
    expect((await t.call('suppliers.list', {})).items).toEqual([]);
    expect((await t.call('suppliers.list', { filter: { archived: true } })).items).toEqual([archived]);
    await t.call('suppliers.setArchived', { id: made.id, version: 2, archived: false });
    expect(events.filter((event) => event.name === 'supplier.changed').map((event) => event.data)).toEqual([
      { id: made.id, action: 'created', version: 1 },
      { id: made.id, action: 'archived', version: 2 },
      { id: made.id, action: 'restored', version: 3 },
    ]);
  });

  test('the list goes by name case aside, pages by cursor, and a query finds any part of a name', async () => {
    const t = await setupCore();
    for (const name of ['cable house', 'Acme', 'beta Paper', 'Delta', 'Paper Co']) {
      await t.call('suppliers.create', supplierOf(name));
    }
    const names = (items: readonly { name: string }[]) => items.map((item) => item.name);
    const first = await t.call('suppliers.list', { limit: 3 });
    expect(names(first.items)).toEqual(['Acme', 'beta Paper', 'cable house']);
    const second = await t.call('suppliers.list', { limit: 3, cursor: first.nextCursor });
    expect(names(second.items)).toEqual(['Delta', 'Paper Co']);
    expect(second.nextCursor).toBeNull();
    expect(names((await t.call('suppliers.list', { filter: { query: 'PAPER' } })).items)).toEqual([
      'beta Paper',
      'Paper Co',
    ]);
    await t.fail('suppliers.list', { cursor: 'nonsense' }, 'VALIDATION');
  });

  test('staff read suppliers; only admins and the owner manage them', async () => {
    const t = await setupCore();
    const made = await t.call('suppliers.create', supplierOf('Paper Co'));
    const staff = await t.addUser('staff', 'sam');
    const admin = await t.addUser('admin', 'ada');
    const asStaff = { token: staff.token };
    await t.fail('suppliers.create', supplierOf('Other'), 'FORBIDDEN', asStaff);
    await t.fail('suppliers.update', { id: made.id, version: 1, patch: { name: 'x' } }, 'FORBIDDEN', asStaff);
    await t.fail('suppliers.setArchived', { id: made.id, version: 1, archived: true }, 'FORBIDDEN', asStaff);
    expect(await t.call('suppliers.get', { id: made.id }, staff.token)).toEqual(made);
    expect((await t.call('suppliers.list', {}, staff.token)).items).toEqual([made]);
    expect(await t.call('suppliers.create', supplierOf('Other'), admin.token)).toMatchObject({
      name: 'Other',
    });
  });
});
