import { afterEach, describe, expect, test } from 'vitest';
import {
  closeCores,
  createClock,
  DAY,
  HOUR,
  issuePaths,
  MINUTE,
  setupCore,
  type TestCore,
} from '../core/helpers';
import { agents, workOrderOf } from '../workorders/helpers';

afterEach(closeCores);

const at = (iso: string) => Date.parse(iso);

/**
 * Two ISO weeks in Shanghai (UTC+8), 2025-01-06 to 2025-01-19, and work orders on their edges.
 * Bo is an agent; Olivia (the owner) creates every work order, so her public replies are no
 * first response.
 *   A  opened Sun 23:59 local (before the range), answered by Bo after 1 h, resolved 48 h after opening.
 *   B  opened Mon 00:00 local (the range's first instant), answered after 30 min, resolved Sun 23:59 local.
 *   G  opened in week 2, Bo's, still assigned.
 *   C  opened Mon 00:00 of week 3, Olivia's reply and Bo's internal note only, resolved after 2 h.
 *   D  opened in week 3, Bo's, in progress.
 *   F  opened in week 3, Olivia's, waiting on the customer.
 *   E  opened Mon 00:00 local after the range, unassigned.
 */
async function scene() {
  const t = await setupCore({ clock: createClock(at('2025-01-05T12:00:00Z')) });
  const [bo] = await agents(t, 'bo');
  const boId = bo!.user.id;
  const open = async (iso: string, subject: string, assigneeId: number | null) => {
    t.clock.set(at(iso));
    return t.call('workorders.create', workOrderOf({ subject, assigneeId }));
  };
  const reply = async (id: number, iso: string, token: string, internal = false) => {
    t.clock.set(at(iso));
    await t.call('workorders.reply', { id, body: 'On it', internal }, token);
  };
  const resolve = async (id: number, iso: string) => {
    t.clock.set(at(iso));
    const { version } = await t.call('workorders.get', { id });
    await t.call('workorders.setStatus', { id, version, status: 'resolved' });
  };
  const setStatus = async (id: number, status: 'inProgress' | 'waitingOnCustomer') => {
    const { version } = await t.call('workorders.get', { id });
    await t.call('workorders.setStatus', { id, version, status });
  };

  // In the order it happened: the clock only moves forward.
  const a = await open('2025-01-05T15:59:00Z', 'A', boId);
  const b = await open('2025-01-05T16:00:00Z', 'B', boId);
  await reply(b.id, '2025-01-05T16:30:00Z', bo!.token);
  await reply(a.id, '2025-01-05T16:59:00Z', bo!.token);
  await reply(b.id, '2025-01-05T17:30:00Z', bo!.token);
  await resolve(a.id, '2025-01-07T15:59:00Z');
  await open('2025-01-09T02:00:00Z', 'G', boId);
  await resolve(b.id, '2025-01-12T15:59:00Z');
  const c = await open('2025-01-12T16:00:00Z', 'C', boId);
  await reply(c.id, '2025-01-12T16:10:00Z', t.owner.token);
  await reply(c.id, '2025-01-12T16:20:00Z', bo!.token, true);
  await resolve(c.id, '2025-01-12T18:00:00Z');
  const d = await open('2025-01-15T00:00:00Z', 'D', boId);
  await setStatus(d.id, 'inProgress');
  const f = await open('2025-01-16T00:00:00Z', 'F', t.owner.user.id);
  await setStatus(f.id, 'waitingOnCustomer');
  await open('2025-01-19T16:00:00Z', 'E', null);
  return { t, bo: bo! };
}

const SHANGHAI = { from: '2025-01-06', to: '2025-01-19', timeZone: 'Asia/Shanghai' };
const averageOf = (...values: number[]) => Math.round(values.reduce((sum, v) => sum + v, 0) / values.length);

describe('the work-order report', () => {
  test('counts opened and closed per ISO week in the time zone, with the average times of the closed ones', async () => {
    const { t } = await scene();
    const report = await t.call('workorders.report', SHANGHAI);
    expect(report.scope).toBe('company');
    expect(report.periods).toEqual([
      {
        label: '2025-W02',
        firstDay: '2025-01-06',
        lastDay: '2025-01-12',
        opened: 2,
        closed: 2,
        responded: 2,
        avgFirstResponseMs: averageOf(HOUR, 30 * MINUTE),
        avgResolutionMs: averageOf(48 * HOUR, 7 * DAY - MINUTE),
      },
      {
        label: '2025-W03',
        firstDay: '2025-01-13',
        lastDay: '2025-01-19',
        opened: 3,
        closed: 1,
        responded: 0,
        avgFirstResponseMs: null,
        avgResolutionMs: 2 * HOUR,
      },
    ]);
    expect(report.totals).toEqual({
      firstDay: '2025-01-06',
      lastDay: '2025-01-19',
      opened: 5,
      closed: 3,
      responded: 2,
      avgFirstResponseMs: averageOf(HOUR, 30 * MINUTE),
      avgResolutionMs: averageOf(48 * HOUR, 7 * DAY - MINUTE, 2 * HOUR),
    });
  });

  test('the same work orders fall into other weeks in UTC', async () => {
    const { t } = await scene();
    const report = await t.call('workorders.report', { ...SHANGHAI, timeZone: 'UTC' });
    // In UTC, A and B were opened on Sunday 5 January, before the range, and C was opened and
    // resolved on Sunday the 12th, in week 2; E, opened on Sunday the 19th, is inside the range.
    expect(report.periods.map(({ label, opened, closed }) => ({ label, opened, closed }))).toEqual([
      { label: '2025-W02', opened: 2, closed: 3 },
      { label: '2025-W03', opened: 3, closed: 0 },
    ]);
    expect(report.periods[0]!.avgResolutionMs).toBe(averageOf(48 * HOUR, 7 * DAY - MINUTE, 2 * HOUR));
  });

  test('the open load per assignee now: by status, the oldest, the busiest first and the unassigned last', async () => {
    const { t, bo } = await scene();
    const { load } = await t.call('workorders.report', SHANGHAI);
    expect(load).toEqual([
      {
        assigneeId: bo.user.id,
        assigneeName: bo.user.displayName,
        open: 2,
        byStatus: { new: 0, assigned: 1, inProgress: 1, waitingOnCustomer: 0 },
        oldestOpenAt: at('2025-01-09T02:00:00Z'),
      },
      {
        assigneeId: t.owner.user.id,
        assigneeName: t.owner.user.displayName,
        open: 1,
        byStatus: { new: 0, assigned: 0, inProgress: 0, waitingOnCustomer: 1 },
        oldestOpenAt: at('2025-01-16T00:00:00Z'),
      },
      {
        assigneeId: null,
        assigneeName: null,
        open: 1,
        byStatus: { new: 1, assigned: 0, inProgress: 0, waitingOnCustomer: 0 },
        oldestOpenAt: at('2025-01-19T16:00:00Z'),
      },
    ]);
  });

  test('an agent sees the numbers of the work orders assigned to them, and only their own load', async () => {
    const { t, bo } = await scene();
    const report = await t.call('workorders.report', SHANGHAI, bo.token);
    expect(report.scope).toBe('mine');
    expect(report.periods.map((period) => [period.opened, period.closed])).toEqual([
      [2, 2],
      [2, 1],
    ]);
    expect(report.load.map((row) => row.assigneeId)).toEqual([bo.user.id]);
  });

  test('months instead of weeks, the first and last cut to the range', async () => {
    const { t } = await scene();
    const report = await t.call('workorders.report', {
      from: '2024-12-20',
      to: '2025-02-03',
      timeZone: 'Asia/Shanghai',
      groupBy: 'month',
    });
    expect(
      report.periods.map(({ label, firstDay, lastDay, opened }) => [label, firstDay, lastDay, opened]),
    ).toEqual([
      ['2024-12', '2024-12-20', '2024-12-31', 0],
      ['2025-01', '2025-01-01', '2025-01-31', 7],
      ['2025-02', '2025-02-01', '2025-02-03', 0],
    ]);
  });

  test('a week begins at local midnight across a daylight-saving change', async () => {
    const t = await setupCore({ clock: createClock(at('2025-03-30T12:00:00Z')) });
    // Berlin moved to summer time on Sunday 30 March 2025: Monday 31 March began at 22:00 UTC.
    t.clock.set(at('2025-03-30T21:59:00Z'));
    await t.call('workorders.create', workOrderOf({ subject: 'Sunday night' }));
    t.clock.set(at('2025-03-30T22:00:00Z'));
    await t.call('workorders.create', workOrderOf({ subject: 'Monday morning' }));
    const report = await t.call('workorders.report', {
      from: '2025-03-24',
      to: '2025-04-06',
      timeZone: 'Europe/Berlin',
    });
    expect(report.periods.map(({ label, opened }) => [label, opened])).toEqual([
      ['2025-W13', 1],
      ['2025-W14', 1],
    ]);
  });

  test('an empty range reports zeros and no averages', async () => {
    const t = await setupCore();
    const report = await t.call('workorders.report', {
      from: '2025-01-06',
      to: '2025-01-06',
      timeZone: 'UTC',
    });
    expect(report.periods).toEqual([
      {
        label: '2025-W02',
        firstDay: '2025-01-06',
        lastDay: '2025-01-06',
        opened: 0,
        closed: 0,
        responded: 0,
        avgFirstResponseMs: null,
        avgResolutionMs: null,
      },
    ]);
    expect(report.load).toEqual([]);
  });

  test('a range that ends before it starts, is too long, or names no real day or zone is refused', async () => {
    const t: TestCore = await setupCore();
    const refused = async (input: Record<string, unknown>) =>
      issuePaths(await t.fail('workorders.report', { ...SHANGHAI, ...input }, 'VALIDATION'));
    expect(await refused({ from: '2025-01-20', to: '2025-01-19' })).toEqual(['to']);
    expect(await refused({ from: '2023-01-01', to: '2025-01-19' })).toEqual(['to']);
    expect(await refused({ from: '2025-02-30' })).toEqual(['from']);
    expect(await refused({ timeZone: 'Mars/Olympus' })).toEqual(['timeZone']);
    expect(await refused({ groupBy: 'year' })).toEqual(['groupBy']);
  });
});
