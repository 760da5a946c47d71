import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CoreEvent } from '../../../../electron/core/events';
import { closeCores, type Clock, HOUR, MINUTE, setupCore, START } from '../../core/helpers';
import { recordEvents, seenBy } from '../../followups/helpers';
import { workOrderOf } from '../helpers';
import { useTestSla } from './helpers';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: START });
});

afterEach(() => {
  closeCores();
  vi.useRealTimers();
});

/** The core's clock is the fake timers' clock: time passing runs the timers due on the way. */
const fakeTimeClock = (): Clock => ({
  now: () => Date.now(),
  advance: (ms) => vi.advanceTimersByTime(ms),
  set: (ms) => vi.setSystemTime(ms),
});

const breaches = (events: readonly CoreEvent[]) =>
  events.filter((event) => event.name === 'workorder.slaBreached');

/** Owner, admin Ada, agent Bo and staff Sam under the test SLA (normal: answer in 1 h, fix in 4). */
async function scene() {
  const t = await setupCore({ clock: fakeTimeClock(), reminders: true });
  const ada = await t.addUser('admin', 'ada');
  const bo = await t.addUser('agent', 'bo');
  const sam = await t.addUser('staff', 'sam');
  await useTestSla(t);
  const events = recordEvents(t);
  const everyone = [t.owner.user.id, ada.user.id, bo.user.id, sam.user.id];
  return { t, ada, bo, events, everyone };
}

describe('SLA breaches', () => {
  test('are recorded at the due time, once per target, and told to owners and admins alone', async () => {
    const { t, ada, bo, events, everyone } = await scene();
    const created = await t.call('workorders.create', workOrderOf({ assigneeId: bo.user.id }));

    t.clock.advance(HOUR - 1);
    expect(breaches(events)).toEqual([]);
    t.clock.advance(1);
    expect(breaches(events)).toMatchObject([
      {
        data: {
          id: created.id,
          number: created.number,
          subject: created.subject,
          target: 'firstResponse',
          dueAt: START + HOUR,
        },
      },
    ]);
    expect(seenBy(breaches(events)[0]!, everyone)).toEqual([t.owner.user.id, ada.user.id]);
    expect((await t.call('workorders.get', { id: created.id })).sla.firstResponseBreachedAt).toBe(
      START + HOUR,
    );

    // A late answer does not undo the breach, and nothing is told twice.
    await t.call('workorders.reply', { id: created.id, body: 'Sorry for the wait' }, bo.token);
    t.clock.advance(3 * HOUR);
    expect(breaches(events).map((event) => (event.data as { target: string }).target)).toEqual([
      'firstResponse',
      'resolution',
    ]);
    t.clock.advance(48 * HOUR);
    expect(breaches(events)).toHaveLength(2);
    expect((await t.call('workorders.get', { id: created.id })).sla).toMatchObject({
      firstResponseBreachedAt: START + HOUR,
      resolutionBreachedAt: START + 4 * HOUR,
    });
  });

  test('a target met in time never breaches; a paused clock does not breach while it stands', async () => {
    const { t, bo, events } = await scene();
    let workOrder = await t.call('workorders.create', workOrderOf({ assigneeId: bo.user.id }));
    t.clock.advance(30 * MINUTE);
    await t.call('workorders.reply', { id: workOrder.id, body: 'Looking into it' }, bo.token);
    workOrder = await t.call('workorders.get', { id: workOrder.id });
    workOrder = await t.call('workorders.setStatus', {
      id: workOrder.id,
      version: workOrder.version,
      status: 'waitingOnCustomer',
    });
    t.clock.advance(8 * HOUR); // past the resolution target, but waiting on the customer
    expect(breaches(events)).toEqual([]);

    await t.call('workorders.setStatus', {
      id: workOrder.id,
      version: workOrder.version,
      status: 'inProgress',
    });
    // Monday 17:30: 3.5 business hours were left; they run out Tuesday 12:00.
    t.clock.advance(18 * HOUR + 30 * MINUTE - 1);
    expect(breaches(events)).toEqual([]);
    t.clock.advance(1);
    expect(breaches(events)).toMatchObject([{ data: { target: 'resolution' } }]);
  });

  test('targets new settings put in the past are recorded without a notice; later ones are told', async () => {
    const { t, events } = await scene();
    const created = await t.call('workorders.create', workOrderOf());
    t.clock.advance(30 * MINUTE);
    const settings = await t.call('workorders.sla.get', {});
    await t.call('workorders.sla.save', {
      ...settings,
      targets: { ...settings.targets, normal: { firstResponse: 10, resolution: 60 } },
    });
    expect((await t.call('workorders.get', { id: created.id })).sla.firstResponseBreachedAt).toBe(
      START + 10 * MINUTE,
    );
    expect(breaches(events)).toEqual([]);
    t.clock.advance(30 * MINUTE);
    expect(breaches(events)).toMatchObject([{ data: { target: 'resolution', dueAt: START + HOUR } }]);
  });

  test('a change of priority that brings the due time into the past breaches at once', async () => {
    const { t, events } = await scene();
    const created = await t.call('workorders.create', workOrderOf({ priority: 'low' }));
    t.clock.advance(2 * HOUR);
    expect(breaches(events)).toEqual([]);
    await t.call('workorders.update', {
      id: created.id,
      version: created.version,
      patch: { priority: 'urgent' },
    });
    t.clock.advance(0);
    expect(breaches(events)).toMatchObject([{ data: { target: 'firstResponse', dueAt: START + HOUR } }]);
  });
});
