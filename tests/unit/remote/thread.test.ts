import { afterEach, describe, expect, test } from 'vitest';
import type { ProcedureOutput } from '../../../shared/contract';
import { isOwnThreadEntry } from '../../../shared/workorders/contract';
import { createFeed } from '../../../electron/core/modules/timeline/registry';
import { closeCores, contact, MINUTE, setupCore, START, type TestCore } from '../core/helpers';

afterEach(closeCores);

type Thread = ProcedureOutput<'workorders.thread'>;

/** Each thread item as `kind` plus what tells it apart: a reply's text, a session's remote id. */
const summary = (items: Thread['items']) =>
  items.map((item) =>
    item.kind === 'remoteSession'
      ? `session ${item.session.remoteId}`
      : isOwnThreadEntry(item)
        ? item.body
        : item.kind,
  );

async function readAll(t: TestCore, id: number, limit: number, token?: string): Promise<Thread['items']> {
  const items: Thread['items'] = [];
  let cursor: string | null = null;
  do {
    const page: Thread = await t.call('workorders.thread', { id, cursor, limit }, token);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}

/** A work order about Ann with replies and remote sessions between them, a minute apart. */
async function workOrderWithSessions() {
  const t = await setupCore();
  const ann = await t.call('contacts.create', contact('Ann Lee'));
  const order = await t.call('workorders.create', { subject: 'Till offline', contactId: ann.id });
  const reply = async (body: string) => {
    t.clock.advance(MINUTE);
    return t.call('workorders.reply', { id: order.id, body });
  };
  const start = async (remoteId: string) => {
    t.clock.advance(MINUTE);
    return (
      await t.call('remote.start', { tool: 'rustdesk', remoteId, contactId: ann.id, workOrderId: order.id })
    ).session;
  };
  return { t, ann, order, reply, start };
}

describe('remote sessions in the work-order thread', () => {
  test('appear among the replies in time order, with who, tool, id, outcome and notes once ended', async () => {
    const { t, order, reply, start } = await workOrderWithSessions();
    await reply('Is the till on?');
    const first = await start('111222333');
    await reply('Reconnected.');
    t.clock.advance(5 * MINUTE);
    await t.call('remote.end', { sessionId: first.id, outcome: 'solved', notes: 'Reset the network card.' });
    await start('444555666');

    const thread = await t.call('workorders.thread', { id: order.id });
    expect(summary(thread.items)).toEqual([
      'Is the till on?',
      'session 111222333',
      'Reconnected.',
      'session 444555666',
    ]);
    expect(thread.items[1]).toMatchObject({
      kind: 'remoteSession',
      at: START + 2 * MINUTE,
      session: {
        agentName: t.owner.user.displayName,
        tool: 'rustdesk',
        remoteId: '111222333',
        startedAt: START + 2 * MINUTE,
        endedAt: START + 8 * MINUTE,
        durationS: 6 * 60,
        outcome: 'solved',
        notes: 'Reset the network card.',
      },
    });
    expect(thread.items[3]).toMatchObject({ session: { endedAt: null, durationS: null, outcome: null } });
  });

  test('a session of another work order, or of none, stays out of this thread', async () => {
    const { t, ann, order, reply, start } = await workOrderWithSessions();
    const other = await t.call('workorders.create', { subject: 'Scale drifts', contactId: ann.id });
    await start('111222333');
    await t.call('remote.start', {
      tool: 'rustdesk',
      remoteId: '777888999',
      contactId: ann.id,
      workOrderId: other.id,
    });
    await t.call('remote.start', { tool: 'rustdesk', remoteId: '123123123', contactId: ann.id });
    await reply('Done.');
    expect(summary((await t.call('workorders.thread', { id: order.id })).items)).toEqual([
      'session 111222333',
      'Done.',
    ]);
    expect(summary((await t.call('workorders.thread', { id: other.id })).items)).toEqual([
      'session 777888999',
    ]);
  });

  test('paging walks every entry once, in order, also when a session and a reply share a moment', async () => {
    const { t, order, reply, start } = await workOrderWithSessions();
    for (let round = 1; round <= 3; round += 1) {
      await reply(`reply ${round}`);
      await start(`${round}00000000`);
      // The same millisecond: a reply right as a session starts.
      await t.call('workorders.reply', { id: order.id, body: `same time ${round}` });
    }
    const whole = summary((await t.call('workorders.thread', { id: order.id })).items);
    expect(whole).toEqual([
      'reply 1',
      'session 100000000',
      'same time 1',
      'reply 2',
      'session 200000000',
      'same time 2',
      'reply 3',
      'session 300000000',
      'same time 3',
    ]);
    for (const limit of [1, 2, 4]) expect(summary(await readAll(t, order.id, limit))).toEqual(whole);
  });

  test("a user who may not see the customer does not get the customer's sessions", async () => {
    const { t, order, reply, start } = await workOrderWithSessions();
    const sam = await t.addUser('staff', 'sam');
    await reply('Looking into it.');
    await start('111222333');
    const { version } = await t.call('company.settings.get', {});
    await t.call('company.settings.update', { version, patch: { customerVisibility: 'own' } });

    expect(summary(await readAll(t, order.id, 1, sam.token))).toEqual(['Looking into it.']);
    expect(summary(await readAll(t, order.id, 1))).toEqual(['Looking into it.', 'session 111222333']);
  });

  test('a cursor from somewhere else is refused with VALIDATION', async () => {
    const { t, order } = await workOrderWithSessions();
    await t.fail('workorders.thread', { id: order.id, cursor: 'not-a-cursor' }, 'VALIDATION');
  });
});

describe('an oldest-first feed', () => {
  test('merges its sources by time, breaking ties by source then id, and pages without gaps', () => {
    const feed = createFeed<{ at: number; id: number; from: string }>('oldestFirst');
    const source =
      (from: string, entries: [number, number][]) =>
      (_subject: number, after: { at: number; id: number } | null, limit: number) =>
        entries
          .filter(([at, id]) => after === null || at > after.at || (at === after.at && id > after.id))
          .slice(0, limit)
          .map(([at, id]) => ({ at, id, from }));
    feed.register(
      'b',
      source('b', [
        [1, 1],
        [2, 2],
        [2, 3],
      ]),
    );
    feed.register(
      'a',
      source('a', [
        [2, 7],
        [3, 8],
      ]),
    );
    expect(() => feed.register('a', source('a', []))).toThrow(/registered twice/);

    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ReturnType<typeof feed.page> = feed.page(1, cursor, 2);
      all.push(...page.items.map((entry) => `${entry.from}${entry.id}@${entry.at}`));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(all).toEqual(['b1@1', 'a7@2', 'b2@2', 'b3@2', 'a8@3']);
  });
});
