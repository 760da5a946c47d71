import { afterEach, expect, test } from 'vitest';
import { canSee, type CoreEvent } from '../../../electron/core/events';
import { closeCores, setupCore } from '../core/helpers';

afterEach(closeCores);

/** Who of `userIds` hears each event, by event name. */
function hearing(events: CoreEvent[], userIds: Record<string, number>) {
  return events.map((event) => ({
    name: event.name,
    heardBy: Object.entries(userIds)
      .filter(([, id]) => canSee(event, id))
      .map(([name]) => name),
  }));
}

test('under "own", a change to a customer reaches only those who may see it', async () => {
  const t = await setupCore();
  const sam = await t.addUser('staff', 'sam');
  const tina = await t.addUser('staff', 'tina');
  const admin = await t.addUser('admin', 'ada');
  await t.call('company.settings.update', { version: 1, patch: { customerVisibility: 'own' } });
  const users = { owner: t.owner.user.id, sam: sam.user.id, tina: tina.user.id, admin: admin.user.id };

  const events: CoreEvent[] = [];
  t.core.events.subscribe((event) => events.push(event));
  const mine = await t.call('contacts.create', { name: 'Sam Customer' }, sam.token);
  const deal = await t.call(
    'deals.create',
    { title: 'Fit-out', amount: 100, currency: 'CNY', contactId: mine.id },
    sam.token,
  );
  expect(hearing(events, users)).toEqual([
    { name: 'contact.changed', heardBy: ['owner', 'sam', 'admin'] },
    { name: 'deal.changed', heardBy: ['owner', 'sam', 'admin'] },
  ]);

  await t.call('contacts.shares.set', { contactId: mine.id, userIds: [tina.user.id] }, sam.token);
  events.length = 0;
  await t.call('deals.update', { id: deal.id, version: deal.version, patch: { amount: 200 } }, sam.token);
  expect(hearing(events, users)).toEqual([
    { name: 'deal.changed', heardBy: ['owner', 'sam', 'tina', 'admin'] },
  ]);
});

test('under "all", everyone in the company hears of every customer', async () => {
  const t = await setupCore();
  const sam = await t.addUser('staff', 'sam');
  const events: CoreEvent[] = [];
  t.core.events.subscribe((event) => events.push(event));
  await t.call('contacts.create', { name: 'Anyone’s Customer' });
  expect(hearing(events, { sam: sam.user.id })).toEqual([{ name: 'contact.changed', heardBy: ['sam'] }]);
});
