import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { closeCores, setupCore, type TestCore } from '../core/helpers';
import { importState, runImport, upload } from './runs-helpers';

afterEach(closeCores);

const ownOnly = async (t: TestCore) => {
  const { version } = await t.call('company.settings.get', {});
  return t.call('company.settings.update', { version, patch: { customerVisibility: 'own' } });
};

/** Staff Sam and Tina under 'own' visibility; Tina's customer is hidden from Sam. */
async function company() {
  const t = await setupCore();
  const sam = await t.addUser('staff', 'sam');
  const tina = await t.addUser('staff', 'tina');
  const hidden = await t.call(
    'contacts.create',
    { name: 'Tina Customer', companyName: 'ZTE', emails: ['tc@example.com'], phones: ['139 0013 9000'] },
    tina.token,
  );
  await ownOnly(t);
  return { t, sam, tina, hidden };
}

const contactRow = (t: TestCore, id: number) =>
  t.core.context.db.prepare('SELECT name, version, owner_id FROM contacts WHERE id = ?').get(id);

describe('an import matches only the customers its user sees', () => {
  const file = 'Name,Company,Email,Phone\nSam Version,ZTE,tc@example.com,+86 139 0013 9000\n';

  test.each(['email', 'phone'] as const)(
    "matching by %s, onDuplicate=update creates a contact of the user's own and leaves the hidden one",
    async (match) => {
      const { t, sam, hidden } = await company();
      const before = contactRow(t, hidden.id);
      const run = await runImport(t, file, { match, onDuplicate: 'update' }, sam);
      expect(run).toMatchObject({ status: 'finished', created: 1, updated: 0, skipped: 0 });
      expect(contactRow(t, hidden.id)).toEqual(before);
      const mine = await t.call('contacts.list', { limit: 10 }, sam.token);
      expect(mine.items.map((c) => c.name)).toEqual(['Sam Version']);
    },
  );

  test('matching by name at a company, the hidden one is no match either', async () => {
    const { t, sam, hidden } = await company();
    const before = contactRow(t, hidden.id);
    const run = await runImport(
      t,
      'Name,Company\nTina Customer,ZTE\n',
      { match: 'name', onDuplicate: 'update' },
      sam,
    );
    expect(run).toMatchObject({ created: 1, updated: 0 });
    expect(contactRow(t, hidden.id)).toEqual(before);
  });

  test('with skip, a row holding a hidden address is created, so the count tells nothing', async () => {
    const { t, sam } = await company();
    const run = await runImport(t, file, { match: 'email', onDuplicate: 'skip' }, sam);
    expect(run).toMatchObject({ created: 1, skipped: 0 });
  });

  test('the customers the user does see are still matched', async () => {
    const { t, sam, tina, hidden } = await company();
    await t.call('contacts.shares.set', { contactId: hidden.id, userIds: [sam.user.id] }, tina.token);
    const run = await runImport(t, file, { match: 'email', onDuplicate: 'skip' }, sam);
    expect(run).toMatchObject({ created: 0, skipped: 1 });
  });
});

describe('an import run is its user’s (or an admin’s) to see', () => {
  async function samsRun() {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const tina = await t.addUser('staff', 'tina');
    const admin = await t.addUser('admin', 'ada');
    const run = await runImport(t, 'Name,Email\n,secret@example.com\n', {}, sam);
    return { t, sam, tina, admin, run };
  }

  test('another staff user may not read it or its errors', async () => {
    const { t, tina, run } = await samsRun();
    await t.fail('contacts.import.get', { importId: run.id }, 'FORBIDDEN', { token: tina.token });
    await t.fail('contacts.import.errors', { importId: run.id }, 'FORBIDDEN', { token: tina.token });
  });

  test('its user and an admin may', async () => {
    const { t, sam, admin, run } = await samsRun();
    for (const user of [sam, admin]) {
      expect((await t.call('contacts.import.get', { importId: run.id }, user.token)).id).toBe(run.id);
      expect(await t.call('contacts.import.errors', { importId: run.id }, user.token)).toMatchObject({
        count: 1,
      });
    }
  });

  test("the list shows staff only their own runs, an admin everyone's", async () => {
    const { t, tina, admin, run } = await samsRun();
    const tinas = await runImport(t, 'Name\nBob\n', {}, tina);
    const listed = async (token: string) =>
      (await t.call('contacts.import.list', {}, token)).items.map((item) => item.id);
    expect(await listed(tina.token)).toEqual([tinas.id]);
    expect(await listed(admin.token)).toEqual([tinas.id, run.id]);
  });
});

describe('contacts.import.undo of a run that did not end normally', () => {
  test.each(['failed', 'interrupted'])(
    'a %s run is refused with CONFLICT and stays as it is',
    async (status) => {
      const t = await setupCore();
      const run = await runImport(t, 'Name\nAnn\nBob\n');
      t.core.context.db.prepare('UPDATE contact_imports SET status = ? WHERE id = ?').run(status, run.id);
      const before = importState(t);
      const error = await t.fail('contacts.import.undo', { importId: run.id }, 'CONFLICT');
      expect(error.details).toMatchObject({ status });
      expect(importState(t)).toEqual(before);
    },
  );
});

test('an upload is deleted once its import has started', async () => {
  const t = await setupCore();
  const uploadId = await upload(t, 'Name\nAnn\n');
  const path = join(t.core.context.files.folder, `upload-${uploadId}`);
  expect(existsSync(path)).toBe(true);
  const { importId } = await t.call('contacts.import.start', {
    uploadId,
    match: 'none',
    onDuplicate: 'create',
  });
  await t.core.context.jobs.settled(importId);
  expect(existsSync(path)).toBe(false);
  expect((await t.call('contacts.import.get', { importId })).created).toBe(1);
  await t.fail('contacts.import.preview', { uploadId }, 'NOT_FOUND');
});
