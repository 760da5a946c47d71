import { afterEach, describe, expect, test } from 'vitest';
import type { CoreEvent } from '../../../electron/core/events';
import type { Contact, ContactPatch } from '../../../shared/contacts/contract';
import { closeCores, issuePaths, MINUTE, names, setupCore, START, type TestCore } from './helpers';

afterEach(closeCores);

/** Every event the core pushes from now on. */
function recordEvents(t: TestCore): CoreEvent[] {
  const events: CoreEvent[] = [];
  t.core.events.subscribe((event) => events.push(event));
  return events;
}

const get = (t: TestCore, id: number) => t.call('contacts.get', { id });

describe('create', () => {
  test('a contact with every field keeps every field', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const input = {
      name: 'Zhang Wei',
      companyName: 'Acme Trading',
      title: 'Purchasing manager',
      phones: ['+86 138 0013 8000', '010-6552 9988'],
      emails: ['zhang.wei@acme.example', 'zw@home.example'],
      address: '1 Chang’an Avenue\nBeijing 100000',
      tags: ['vip', 'wholesale'],
      notes: 'Prefers WeChat.\nCall after 10:00.',
      ownerId: sam.user.id,
    };
    const created = await t.call('contacts.create', input);
    expect(created).toEqual({
      ...input,
      id: expect.any(Number),
      companyId: expect.any(Number),
      ownerName: sam.user.displayName,
      custom: {},
      version: 1,
      createdAt: START,
      updatedAt: START,
      deletedAt: null,
    } satisfies Contact);
    expect(await get(t, created.id)).toEqual(created);
  });

  test('a contact with only a name gets empty lists and no company', async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', { name: 'Ann' });
    expect(ann).toMatchObject({
      companyId: null,
      companyName: null,
      title: null,
      phones: [],
      emails: [],
      address: null,
      tags: [],
      notes: null,
    });
  });

  test('a new contact belongs to whoever created it, unless told otherwise', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const mine = await t.call('contacts.create', { name: 'Mine' }, sam.token);
    expect(mine).toMatchObject({ ownerId: sam.user.id, ownerName: sam.user.displayName });
    const nobodys = await t.call('contacts.create', { name: 'Unassigned', ownerId: null }, sam.token);
    expect(nobodys).toMatchObject({ ownerId: null, ownerName: null });
    const owners = await t.call('contacts.create', { name: 'Theirs', ownerId: t.owner.user.id }, sam.token);
    expect(owners.ownerId).toBe(t.owner.user.id);
  });

  test('an owner who does not exist is refused as invalid, and nothing is stored', async () => {
    const t = await setupCore();
    const error = await t.fail('contacts.create', { name: 'Ann', ownerId: 9999 }, 'VALIDATION');
    expect(issuePaths(error)).toEqual(['ownerId']);
    expect((await t.call('contacts.list', {})).items).toEqual([]);
    expect(t.logged).toEqual([]);
  });

  test.each([
    ['张伟'],
    ['José Álvarez-Núñez'],
    ['Zoë Ñandú Øster'],
    [`O'Brien "Bobby" <b>`],
    ['🙂 Happy Ann 🎉'],
    ['Anne  Marie   Smith'],
    ['ＡＢＣ商事 株式会社'],
    ['Ωmega ß Straße'],
    ["Robert'); DROP TABLE contacts;--"],
  ])('the name %j is kept exactly, in get, list and search', async (name) => {
    const t = await setupCore();
    const created = await t.call('contacts.create', { name });
    expect(created.name).toBe(name);
    expect((await get(t, created.id)).name).toBe(name);
    expect(names((await t.call('contacts.list', {})).items)).toEqual([name]);
    expect(names((await t.call('contacts.search', { query: name })).items)).toEqual([name]);
  });

  test('spaces around a name are dropped, spaces inside are kept', async () => {
    const t = await setupCore();
    const created = await t.call('contacts.create', { name: '  Anne  Marie \t' });
    expect(created.name).toBe('Anne  Marie');
  });

  test('repeated phones, e-mails and tags are kept once, in the order first typed', async () => {
    const t = await setupCore();
    const created = await t.call('contacts.create', {
      name: 'Ann',
      phones: ['138 0013 8000', '020 7946 0018', '138 0013 8000', ' 020 7946 0018 '],
      emails: ['ann@example.com', 'ann@example.com', 'a@example.com'],
      tags: ['vip', 'lead', 'vip', ' lead '],
    });
    expect(created.phones).toEqual(['138 0013 8000', '020 7946 0018']);
    expect(created.emails).toEqual(['ann@example.com', 'a@example.com']);
    expect(created.tags).toEqual(['vip', 'lead']);
    expect((await t.call('contacts.tags', {})).items).toEqual([
      { tag: 'lead', count: 1 },
      { tag: 'vip', count: 1 },
    ]);
    expect((await t.call('contacts.search', { query: '8000' })).items).toHaveLength(1);
  });
});

describe('companies', () => {
  test('a company name typed again in another case reuses the company as first written', async () => {
    const t = await setupCore();
    const a = await t.call('contacts.create', { name: 'A', companyName: 'Acme Trading' });
    const b = await t.call('contacts.create', { name: 'B', companyName: 'ACME TRADING' });
    const c = await t.call('contacts.create', { name: 'C', companyName: '  acme trading ' });
    const d = await t.call('contacts.create', { name: 'D', companyName: 'Ａｃｍｅ Trading' });
    expect(new Set([a.companyId, b.companyId, c.companyId, d.companyId]).size).toBe(1);
    expect([b.companyName, c.companyName, d.companyName]).toEqual([
      'Acme Trading',
      'Acme Trading',
      'Acme Trading',
    ]);
  });

  test('different companies stay apart', async () => {
    const t = await setupCore();
    const a = await t.call('contacts.create', { name: 'A', companyName: 'Acme' });
    const b = await t.call('contacts.create', { name: 'B', companyName: 'Acme Trading' });
    const c = await t.call('contacts.create', { name: 'C', companyName: '华为' });
    const d = await t.call('contacts.create', { name: 'D', companyName: '华为' });
    expect(a.companyId).not.toBe(b.companyId);
    expect(c.companyId).toBe(d.companyId);
    expect(c.companyId).not.toBe(a.companyId);
  });

  test('an empty company name means no company', async () => {
    const t = await setupCore();
    const a = await t.call('contacts.create', { name: 'A', companyName: '   ' });
    expect(a).toMatchObject({ companyId: null, companyName: null });
  });
});

describe('update', () => {
  /** Saves a change to the version of `contact` the caller holds. */
  const update = (t: TestCore, contact: Contact, patch: ContactPatch) =>
    t.call('contacts.update', { id: contact.id, version: contact.version, patch });

  async function full(t: TestCore) {
    return t.call('contacts.create', {
      name: 'Zhang Wei',
      companyName: 'Acme',
      title: 'Buyer',
      phones: ['138 0013 8000'],
      emails: ['zw@acme.example'],
      address: 'Beijing',
      tags: ['vip'],
      notes: 'Met at the fair',
    });
  }

  test('fields left out of the change stay as they were', async () => {
    const t = await setupCore();
    const before = await full(t);
    const after = await update(t, before, { title: 'CEO' });
    expect(after).toEqual({ ...before, title: 'CEO', version: 2, updatedAt: after.updatedAt });
  });

  test('null clears a field, an empty list empties it', async () => {
    const t = await setupCore();
    const before = await full(t);
    const after = await update(t, before, {
      companyName: null,
      title: null,
      address: null,
      notes: null,
      ownerId: null,
      phones: [],
      emails: [],
      tags: [],
    });
    expect(after).toMatchObject({
      name: 'Zhang Wei',
      companyId: null,
      companyName: null,
      title: null,
      address: null,
      notes: null,
      ownerId: null,
      ownerName: null,
      phones: [],
      emails: [],
      tags: [],
    });
    expect(await get(t, before.id)).toEqual(after);
    expect((await t.call('contacts.tags', {})).items).toEqual([]);
  });

  test('an empty text clears a field too', async () => {
    const t = await setupCore();
    const before = await full(t);
    const after = await update(t, before, { title: '', notes: '  ' });
    expect(after).toMatchObject({ title: null, notes: null });
  });

  test('each save adds one to the version and stamps the time, keeping the creation time', async () => {
    const t = await setupCore();
    let contact = await full(t);
    for (let i = 1; i <= 3; i++) {
      t.clock.advance(MINUTE);
      contact = await update(t, contact, { notes: `edit ${i}` });
      expect(contact.version).toBe(1 + i);
      expect(contact.updatedAt).toBe(START + i * MINUTE);
      expect(contact.createdAt).toBe(START);
    }
  });

  test('the owner can be changed, and an unknown owner is refused', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const before = await full(t);
    const after = await update(t, before, { ownerId: sam.user.id });
    expect(after).toMatchObject({ ownerId: sam.user.id, ownerName: sam.user.displayName });
    const error = await t.fail(
      'contacts.update',
      { id: after.id, version: after.version, patch: { ownerId: 9999 } },
      'VALIDATION',
    );
    expect(issuePaths(error)).toEqual(['patch.ownerId']);
    expect(await get(t, after.id)).toEqual(after);
  });

  test('a contact in the trash cannot be edited', async () => {
    const t = await setupCore();
    const before = await full(t);
    const trashed = await t.call('contacts.delete', { id: before.id });
    await t.fail(
      'contacts.update',
      { id: before.id, version: trashed.version, patch: { name: 'Changed' } },
      'NOT_FOUND',
    );
    expect(await get(t, before.id)).toEqual(trashed);
  });

  test('a change to the company moves the contact to that company', async () => {
    const t = await setupCore();
    const other = await t.call('contacts.create', { name: 'Other', companyName: 'Globex' });
    const before = await full(t);
    const after = await update(t, before, { companyName: 'GLOBEX' });
    expect(after).toMatchObject({ companyId: other.companyId, companyName: 'Globex' });
  });
});

describe('delete and restore', () => {
  test('delete moves a contact to the trash, stamped, with a new version', async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', { name: 'Ann' });
    t.clock.advance(MINUTE);
    const trashed = await t.call('contacts.delete', { id: ann.id });
    expect(trashed).toEqual({ ...ann, deletedAt: START + MINUTE, updatedAt: START + MINUTE, version: 2 });
    expect(await get(t, ann.id)).toEqual(trashed);
  });

  test('deleting twice is the same as deleting once', async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', { name: 'Ann' });
    const first = await t.call('contacts.delete', { id: ann.id });
    t.clock.advance(MINUTE);
    const second = await t.call('contacts.delete', { id: ann.id });
    expect(second).toEqual(first);
    expect((await t.call('contacts.list', { filter: { trash: true } })).items).toEqual([first]);
  });

  test('restore brings the contact back as it was, and restoring twice changes nothing more', async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', { name: 'Ann', tags: ['vip'], phones: ['138 0013 8000'] });
    await t.call('contacts.delete', { id: ann.id });
    t.clock.advance(MINUTE);
    const restored = await t.call('contacts.restore', { id: ann.id });
    expect(restored).toEqual({ ...ann, version: 3, updatedAt: START + MINUTE, deletedAt: null });
    t.clock.advance(MINUTE);
    expect(await t.call('contacts.restore', { id: ann.id })).toEqual(restored);
    expect(await t.call('contacts.restore', { id: ann.id })).toEqual(restored);
  });

  test('a contact never deleted is unchanged by restore', async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', { name: 'Ann' });
    expect(await t.call('contacts.restore', { id: ann.id })).toEqual(ann);
  });

  test('an edit opened before a delete and restore is stale', async () => {
    const t = await setupCore();
    const opened = await t.call('contacts.create', { name: 'Ann' });
    await t.call('contacts.delete', { id: opened.id });
    await t.call('contacts.restore', { id: opened.id });
    await t.fail(
      'contacts.update',
      { id: opened.id, version: opened.version, patch: { name: 'Anne' } },
      'CONFLICT',
    );
  });
});

describe('contact.changed events', () => {
  test('each change is announced with its action and the new version, to the whole company', async () => {
    const t = await setupCore();
    const events = recordEvents(t);
    const ann = await t.call('contacts.create', { name: 'Ann' });
    const updated = await t.call('contacts.update', { id: ann.id, version: 1, patch: { title: 'CEO' } });
    await t.call('contacts.delete', { id: ann.id });
    await t.call('contacts.restore', { id: ann.id });
    expect(updated.version).toBe(2);
    const changed = (action: string, version: number) => ({
      name: 'contact.changed',
      data: { id: ann.id, action, version },
      audience: { kind: 'company' },
    });
    expect(events).toEqual([
      changed('created', 1),
      changed('updated', 2),
      changed('deleted', 3),
      changed('restored', 4),
    ]);
  });

  test('a refused change announces nothing', async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', { name: 'Ann' });
    await t.call('contacts.update', { id: ann.id, version: 1, patch: { title: 'CEO' } });
    const events = recordEvents(t);
    await t.fail('contacts.update', { id: ann.id, version: 1, patch: { title: 'Intern' } }, 'CONFLICT');
    await t.fail('contacts.update', { id: ann.id, version: 2, patch: { name: '' } }, 'VALIDATION');
    await t.fail('contacts.create', { name: 'x'.repeat(201) }, 'VALIDATION');
    await t.fail('contacts.delete', { id: 9999 }, 'NOT_FOUND');
    expect(events).toEqual([]);
  });

  test('a listener that unsubscribes hears no more', async () => {
    const t = await setupCore();
    const heard: CoreEvent[] = [];
    const stop = t.core.events.subscribe((event) => heard.push(event));
    await t.call('contacts.create', { name: 'Ann' });
    stop();
    await t.call('contacts.create', { name: 'Bob' });
    expect(heard).toHaveLength(1);
  });
});

describe('access', () => {
  test('staff see and edit contacts created by others in the company', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const ann = await t.call('contacts.create', { name: 'Ann' });
    expect((await t.call('contacts.get', { id: ann.id }, sam.token)).name).toBe('Ann');
    const edited = await t.call(
      'contacts.update',
      { id: ann.id, version: 1, patch: { title: 'CEO' } },
      sam.token,
    );
    expect(edited.title).toBe('CEO');
  });
});
