import { afterEach, describe, expect, test } from 'vitest';
import type { EventData } from '../../../shared/events';
import { MOST_VIEWS } from '../../../shared/workorders/views';
import { closeCores, issuePaths, setupCore } from '../core/helpers';
import { agents } from '../workorders/helpers';

afterEach(closeCores);

const URGENT = { queue: 'open' as const, filter: { priorities: ['urgent' as const] }, sort: 'due' as const };

const viewRows = (t: Awaited<ReturnType<typeof setupCore>>) =>
  t.core.context.db.prepare('SELECT * FROM workorder_views ORDER BY id').all();

describe('saved views', () => {
  test('a user saves, lists, renames and deletes a view; each change takes the version it read', async () => {
    const t = await setupCore();
    const made = await t.call('workorders.views.create', { name: '  Urgent ones ', ...URGENT });
    expect(made).toMatchObject({ name: 'Urgent ones', shared: false, ownerId: t.owner.user.id, ...URGENT });
    const renamed = await t.call('workorders.views.update', {
      id: made.id,
      version: made.version,
      patch: { name: 'Fire drill' },
    });
    expect(renamed).toMatchObject({ name: 'Fire drill', version: made.version + 1, ...URGENT });
    const stale = await t.fail(
      'workorders.views.update',
      { id: made.id, version: made.version, patch: { name: 'Lost' } },
      'CONFLICT',
    );
    expect(stale.details).toMatchObject({ currentVersion: renamed.version });
    await t.fail('workorders.views.delete', { id: made.id, version: made.version }, 'CONFLICT');
    expect((await t.call('workorders.views.list', {})).items.map((view) => view.name)).toEqual([
      'Fire drill',
    ]);
    await t.call('workorders.views.delete', { id: made.id, version: renamed.version });
    expect((await t.call('workorders.views.list', {})).items).toEqual([]);
  });

  test('names are 1 to 60 characters and unique per user whatever their case; nothing is stored when refused', async () => {
    const t = await setupCore();
    const [bo] = await agents(t, 'bo');
    await t.call('workorders.views.create', { name: 'Printers', ...URGENT });
    const before = viewRows(t);
    const refused = async (input: Record<string, unknown>) =>
      issuePaths(await t.fail('workorders.views.create', { ...URGENT, ...input }, 'VALIDATION'));
    expect(await refused({ name: '   ' })).toEqual(['name']);
    expect(await refused({ name: 'x'.repeat(61) })).toEqual(['name']);
    expect(await refused({ name: 'PRINTERS' })).toEqual(['name']);
    expect(await refused({ name: 'Ok', queue: 'everything' })).toEqual(['queue']);
    expect(await refused({ name: 'Ok', filter: { priorities: ['soon'] } })).toEqual(['filter.priorities.0']);
    expect(viewRows(t)).toEqual(before);
    // Another user may use the same name; renaming a view to its own name in another case is fine.
    const bos = await t.call('workorders.views.create', { name: 'printers', ...URGENT }, bo!.token);
    const recased = await t.call(
      'workorders.views.update',
      { id: bos.id, version: bos.version, patch: { name: 'PRINTERS' } },
      bo!.token,
    );
    expect(recased.name).toBe('PRINTERS');
    const other = await t.call('workorders.views.create', { name: 'Other', ...URGENT });
    const clash = await t.fail(
      'workorders.views.update',
      { id: other.id, version: other.version, patch: { name: 'printers ' } },
      'VALIDATION',
    );
    expect(issuePaths(clash)).toEqual(['name']);
  });

  test(`one user keeps at most ${MOST_VIEWS} views`, async () => {
    const t = await setupCore();
    for (let i = 1; i <= MOST_VIEWS; i++)
      await t.call('workorders.views.create', { name: `View ${i}`, ...URGENT });
    const refused = await t.fail('workorders.views.create', { name: 'One more', ...URGENT }, 'VALIDATION');
    expect(refused.details?.issues).toEqual([{ path: ['name'], message: 'too many views' }]);
    expect(viewRows(t)).toHaveLength(MOST_VIEWS);
  });

  test('personal views are their owner’s alone; an admin may share one with everyone, who may not change it', async () => {
    const t = await setupCore();
    const [bo, cy] = await agents(t, 'bo', 'cy');
    const mine = await t.call('workorders.views.create', { name: 'Bo only', ...URGENT }, bo!.token);
    await t.fail('workorders.views.create', { name: 'For all', ...URGENT, shared: true }, 'FORBIDDEN', {
      token: bo!.token,
    });
    await t.fail(
      'workorders.views.update',
      { id: mine.id, version: mine.version, patch: { shared: true } },
      'FORBIDDEN',
      { token: bo!.token },
    );
    expect((await t.call('workorders.views.list', {}, cy!.token)).items).toEqual([]);
    await t.fail('workorders.views.delete', { id: mine.id, version: mine.version }, 'NOT_FOUND', {
      token: cy!.token,
    });

    const team = await t.call('workorders.views.create', { name: 'Team queue', ...URGENT, shared: true });
    const seen = await t.call('workorders.views.list', {}, cy!.token);
    expect(seen.items.map((view) => [view.name, view.ownerName, view.shared])).toEqual([
      ['Team queue', t.owner.user.displayName, true],
    ]);
    await t.fail(
      'workorders.views.update',
      { id: team.id, version: team.version, patch: { name: 'Mine now' } },
      'FORBIDDEN',
      { token: cy!.token },
    );
    await t.fail('workorders.views.delete', { id: team.id, version: team.version }, 'FORBIDDEN', {
      token: cy!.token,
    });
    // Bo sees the shared view beside his own, by name.
    expect((await t.call('workorders.views.list', {}, bo!.token)).items.map((view) => view.name)).toEqual([
      'Bo only',
      'Team queue',
    ]);
  });

  test('a shared view’s change reaches everyone, a personal one’s only its owner', async () => {
    const t = await setupCore();
    const heard: { data: EventData<'workorderView.changed'>; everyone: boolean }[] = [];
    t.core.events.subscribe((event) => {
      if (event.name === 'workorderView.changed') {
        heard.push({
          data: event.data as EventData<'workorderView.changed'>,
          everyone: event.audience.kind === 'company',
        });
      }
    });
    const personal = await t.call('workorders.views.create', { name: 'Mine', ...URGENT });
    const shared = await t.call('workorders.views.update', {
      id: personal.id,
      version: personal.version,
      patch: { shared: true },
    });
    await t.call('workorders.views.delete', { id: shared.id, version: shared.version });
    expect(heard).toEqual([
      { data: { id: personal.id, action: 'created' }, everyone: false },
      { data: { id: personal.id, action: 'updated' }, everyone: true },
      { data: { id: personal.id, action: 'deleted' }, everyone: true },
    ]);
  });

  test('a view whose assignee left or whose customer was removed still lists, with the names it can give', async () => {
    const t = await setupCore();
    const [bo] = await agents(t, 'bo');
    const ann = await t.call('contacts.create', { name: 'Ann Lee' });
    const view = await t.call('workorders.views.create', {
      name: 'Ann for Bo',
      queue: 'all',
      filter: { assigneeId: bo!.user.id, contactId: ann.id, category: 'Gone category' },
      sort: 'updated',
    });
    expect(view).toMatchObject({ assigneeName: bo!.user.displayName, contactName: 'Ann Lee' });
    t.deactivate(bo!.user.id);
    t.core.context.db
      .prepare('UPDATE workorder_views SET filter = ? WHERE id = ?')
      .run(JSON.stringify({ assigneeId: 9999, contactId: 8888, category: 'Gone category' }), view.id);
    const [listed] = (await t.call('workorders.views.list', {})).items;
    expect(listed).toMatchObject({
      filter: { assigneeId: 9999, contactId: 8888, category: 'Gone category' },
      assigneeName: null,
      contactName: null,
    });
    // The list it stands for still answers: nothing matches.
    expect((await t.call('workorders.list', { queue: 'all', filter: { assigneeId: 9999 } })).items).toEqual(
      [],
    );
  });
});
