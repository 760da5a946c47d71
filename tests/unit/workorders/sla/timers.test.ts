import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SLA } from '../../../../shared/workorders/sla';
import { closeCores, DAY, HOUR, MINUTE, setupCore, START } from '../../core/helpers';
import { workOrderOf } from '../helpers';
import { useTestSla } from './helpers';

afterEach(closeCores);

/** The owner's company under the test SLA (normal: answer in 1 h, fix in 4 business hours), agent Bo. */
async function scene() {
  const t = await setupCore();
  const bo = await t.addUser('agent', 'bo');
  await useTestSla(t);
  return { t, bo };
}

describe('SLA timers', () => {
  test('a new work order is due for a first response and a resolution in business time', async () => {
    const { t } = await scene();
    t.clock.set(START + 8 * HOUR + 30 * MINUTE); // Monday 17:30
    const created = await t.call('workorders.create', workOrderOf());
    expect(created.sla).toEqual({
      firstResponseDueAt: START + DAY + 30 * MINUTE, // Tuesday 09:30
      resolutionDueAt: START + DAY + 3 * HOUR + 30 * MINUTE, // Tuesday 12:30
      pausedAt: null,
      firstResponseBreachedAt: null,
      resolutionBreachedAt: null,
      dueAt: START + DAY + 30 * MINUTE,
    });
    expect(await t.call('workorders.get', { id: created.id })).toEqual(created);
  });

  test('an internal note, a status change or the creator’s own reply is no first response; a colleague’s reply is', async () => {
    const { t, bo } = await scene();
    const created = await t.call('workorders.create', workOrderOf({ assigneeId: bo.user.id }));
    await t.call('workorders.reply', { id: created.id, body: 'Checked the logs', internal: true }, bo.token);
    await t.call('workorders.reply', { id: created.id, body: 'Any news?' });
    const moved = await t.call(
      'workorders.setStatus',
      { id: created.id, version: created.version, status: 'inProgress' },
      bo.token,
    );
    expect(moved.sla.dueAt).toBe(START + HOUR);

    t.clock.advance(20 * MINUTE);
    await t.call('workorders.reply', { id: created.id, body: 'On my way' }, bo.token);
    const answered = await t.call('workorders.get', { id: created.id });
    expect(answered.firstResponseAt).toBe(START + 20 * MINUTE);
    // The resolution target is now the soonest unmet one.
    expect(answered.sla.dueAt).toBe(START + 4 * HOUR);
  });

  test('waiting on the customer stands the resolution clock still; it goes on from there', async () => {
    const { t, bo } = await scene();
    let workOrder = await t.call('workorders.create', workOrderOf({ assigneeId: bo.user.id }));
    await t.call('workorders.reply', { id: workOrder.id, body: 'Which model?' }, bo.token);
    t.clock.advance(HOUR); // Monday 10:00, one of four hours gone
    workOrder = await t.call('workorders.setStatus', {
      id: workOrder.id,
      version: workOrder.version,
      status: 'waitingOnCustomer',
    });
    expect(workOrder.sla).toMatchObject({
      pausedAt: START + HOUR,
      resolutionDueAt: START + 4 * HOUR,
      dueAt: null,
    });

    t.clock.set(START + DAY + HOUR); // Tuesday 10:00: the customer answers
    workOrder = await t.call('workorders.setStatus', {
      id: workOrder.id,
      version: workOrder.version,
      status: 'inProgress',
    });
    // Three business hours left: Tuesday 13:00.
    expect(workOrder.sla).toMatchObject({ pausedAt: null, resolutionDueAt: START + DAY + 4 * HOUR });
    expect(workOrder.sla.dueAt).toBe(START + DAY + 4 * HOUR);

    workOrder = await t.call('workorders.setStatus', {
      id: workOrder.id,
      version: workOrder.version,
      status: 'resolved',
    });
    expect(workOrder.sla.dueAt).toBeNull();
  });

  test('a change of priority sets the targets of the new priority', async () => {
    const { t } = await scene();
    const created = await t.call('workorders.create', workOrderOf({ priority: 'low' }));
    expect(created.sla.resolutionDueAt).toBeNull();
    expect(created.sla.firstResponseDueAt).toBe(START + DAY + 9 * HOUR); // two business days
    const urgent = await t.call('workorders.update', {
      id: created.id,
      version: created.version,
      patch: { priority: 'urgent' },
    });
    expect(urgent.sla).toMatchObject({
      firstResponseDueAt: START + HOUR,
      resolutionDueAt: START + 9 * HOUR, // one business day: Monday 18:00
      dueAt: START + HOUR,
    });
  });

  test('new settings apply to open work orders from their creation; closed ones keep theirs', async () => {
    const { t } = await scene();
    const open = await t.call('workorders.create', workOrderOf());
    const done = await t.call('workorders.create', workOrderOf({ subject: 'Done' }));
    await t.call('workorders.setStatus', { id: done.id, version: done.version, status: 'closed' });
    const { version } = await t.call('workorders.sla.get', {});
    await t.call('workorders.sla.save', {
      ...(await t.call('workorders.sla.get', {})),
      version,
      targets: { ...DEFAULT_SLA.targets, normal: { firstResponse: 30, resolution: null } },
    });
    expect((await t.call('workorders.get', { id: open.id })).sla).toMatchObject({
      firstResponseDueAt: START + 30 * MINUTE,
      resolutionDueAt: null,
    });
    expect((await t.call('workorders.get', { id: done.id })).sla.firstResponseDueAt).toBe(START + HOUR);
  });

  test('the SLA sort puts the soonest unmet target first and work orders without one last', async () => {
    const { t } = await scene();
    const settings = await t.call('workorders.sla.get', {});
    await t.call('workorders.sla.save', {
      ...settings,
      targets: { ...settings.targets, low: { firstResponse: null, resolution: null } },
    });
    await t.call('workorders.create', workOrderOf({ subject: 'Low', priority: 'low' }));
    t.clock.advance(10 * MINUTE);
    await t.call('workorders.create', workOrderOf({ subject: 'Normal' })); // due 10:10
    t.clock.advance(10 * MINUTE);
    await t.call('workorders.create', workOrderOf({ subject: 'Urgent', priority: 'urgent' })); // due 10:20
    const page = await t.call('workorders.list', { queue: 'open', sort: 'sla', limit: 2 });
    expect(page.items.map((item) => item.subject)).toEqual(['Normal', 'Urgent']);
    const rest = await t.call('workorders.list', { queue: 'open', sort: 'sla', cursor: page.nextCursor! });
    expect(rest.items.map((item) => item.subject)).toEqual(['Low']);
  });
});
