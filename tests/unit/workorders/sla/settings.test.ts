import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SLA } from '../../../../shared/workorders/sla';
import { closeCores, issuePaths, setupCore } from '../../core/helpers';
import { recordEvents } from '../../followups/helpers';
import { slaInput } from './helpers';

afterEach(closeCores);

describe('workorders.sla.get / save', () => {
  test('a new company starts with office hours Monday to Friday and targets per priority', async () => {
    const t = await setupCore();
    const staff = await t.addUser('staff', 'sam');
    const settings = await t.call('workorders.sla.get', {}, staff.token);
    expect(settings).toMatchObject({ version: 0, week: DEFAULT_SLA.week, holidays: [] });
    expect(settings.week.mon).toEqual([{ start: '09:00', end: '18:00' }]);
    expect(settings.week.sat).toEqual([]);
    expect(settings.targets.urgent).toEqual({ firstResponse: 60, resolution: 540 });
    expect(settings.targets.low.resolution).toBeNull();
    expect(settings.timeZone).not.toBe('');
  });

  test('admins save the whole settings at their version, and everyone hears of it', async () => {
    const t = await setupCore();
    const admin = await t.addUser('admin', 'ada');
    const events = recordEvents(t);
    const saved = await t.call(
      'workorders.sla.save',
      slaInput(0, {
        timeZone: 'Asia/Shanghai',
        week: { ...DEFAULT_SLA.week, sat: [{ start: '22:00', end: '02:00' }] },
        holidays: ['2025-10-01'],
      }),
      admin.token,
    );
    expect(saved).toMatchObject({ version: 1, timeZone: 'Asia/Shanghai', holidays: ['2025-10-01'] });
    expect(await t.call('workorders.sla.get', {})).toEqual(saved);
    expect(events.filter((event) => event.name === 'workorderSla.changed')).toMatchObject([
      { data: { version: 1 }, audience: { kind: 'company' } },
    ]);
  });

  test('a stale version is refused with CONFLICT and changes nothing', async () => {
    const t = await setupCore();
    await t.call('workorders.sla.save', slaInput(0, { holidays: ['2025-12-25'] }));
    const error = await t.fail('workorders.sla.save', slaInput(0, { holidays: [] }), 'CONFLICT');
    expect(error.details).toMatchObject({ currentVersion: 1 });
    expect((await t.call('workorders.sla.get', {})).holidays).toEqual(['2025-12-25']);
  });

  test('staff and agents may read but not save', async () => {
    const t = await setupCore();
    const agent = await t.addUser('agent', 'bo');
    await t.fail('workorders.sla.save', slaInput(0), 'FORBIDDEN', { token: agent.token });
    expect((await t.call('workorders.sla.get', {})).version).toBe(0);
  });

  test('bad hours, holidays and targets are refused, each named, and nothing changes', async () => {
    const t = await setupCore();
    const error = await t.fail(
      'workorders.sla.save',
      slaInput(0, {
        timeZone: 'Mars/Olympus',
        week: {
          ...DEFAULT_SLA.week,
          mon: [
            { start: '09:00', end: '13:00' },
            { start: '12:00', end: '18:00' },
          ],
          tue: [{ start: '9:00', end: '18:00' }],
          wed: [{ start: '10:00', end: '10:00' }],
        },
        holidays: ['2025-02-30', '2025-12-25', '2025-12-25'],
        targets: { ...DEFAULT_SLA.targets, high: { firstResponse: 0, resolution: 1.5 } },
      }),
      'VALIDATION',
    );
    expect(issuePaths(error).sort()).toEqual(
      [
        'timeZone',
        'week.mon.1.start',
        'week.tue.0.start',
        'week.wed.0.end',
        'holidays.0',
        'holidays.2',
        'targets.high.firstResponse',
        'targets.high.resolution',
      ].sort(),
    );
    expect((await t.call('workorders.sla.get', {})).version).toBe(0);
  });

  test('a week with no open hours at all is refused', async () => {
    const t = await setupCore();
    const week = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    const error = await t.fail('workorders.sla.save', slaInput(0, { week }), 'VALIDATION');
    expect(issuePaths(error)).toEqual(['week.mon']);
  });
});
