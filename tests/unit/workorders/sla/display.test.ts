import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { CallError } from '../../../../renderer/bridge/CallError';
import {
  slaInputOf,
  slaServerErrors,
  slaValuesOf,
  validateSla,
} from '../../../../renderer/workorders/sla/slaFormValues';
import { formatBusinessMinutes, slaUrgency, targetState } from '../../../../renderer/workorders/sla/slaTime';
import type { WorkOrder } from '../../../../shared/workorders/contract';
import { calendarOf, DEFAULT_SLA, type SlaSettings } from '../../../../shared/workorders/sla';
import type { WorkOrderSla } from '../../../../shared/workorders/sla-timers';
import { translator } from '../../renderer/translator';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY_MS = 24 * HOUR;
/** Monday 6 January 2025, 09:00 UTC. */
const MONDAY = Date.UTC(2025, 0, 6, 9);
const SETTINGS: SlaSettings = { ...DEFAULT_SLA, timeZone: 'UTC', version: 3 };
const calendar = calendarOf(SETTINGS);

const NO_SLA: WorkOrderSla = {
  firstResponseDueAt: null,
  resolutionDueAt: null,
  pausedAt: null,
  firstResponseBreachedAt: null,
  resolutionBreachedAt: null,
  dueAt: null,
};

function timed(
  sla: Partial<WorkOrderSla>,
  extra: Partial<Pick<WorkOrder, 'status' | 'firstResponseAt' | 'resolvedAt'>> = {},
): Pick<WorkOrder, 'sla' | 'status' | 'firstResponseAt' | 'resolvedAt'> {
  return {
    status: 'inProgress',
    firstResponseAt: null,
    resolvedAt: null,
    ...extra,
    sla: { ...NO_SLA, ...sla },
  };
}

let en: TFunction;
let zh: TFunction;
beforeAll(async () => {
  en = await translator('en');
  zh = await translator('zh-CN');
});

describe('where a target stands, in business time', () => {
  test('time left counts only open hours; past the due time it is overdue by business time', () => {
    const dueFriday = Date.UTC(2025, 0, 10, 17);
    const fridayEvening = Date.UTC(2025, 0, 10, 19);
    const workOrder = timed({ firstResponseDueAt: dueFriday, dueAt: dueFriday });
    expect(targetState(workOrder, 'firstResponse', calendar, Date.UTC(2025, 0, 10, 15, 30))).toEqual({
      kind: 'running',
      left: 90,
    });
    // Saturday: one business hour over (Friday 17:00–18:00), not a day.
    expect(targetState(workOrder, 'firstResponse', calendar, fridayEvening + DAY_MS)).toEqual({
      kind: 'breached',
      over: 60,
    });
    expect(slaUrgency(workOrder, calendar, fridayEvening)).toEqual({ kind: 'breached' });
    expect(slaUrgency(workOrder, calendar, Date.UTC(2025, 0, 10, 16, 30))).toEqual({
      kind: 'soon',
      left: 30,
    });
    expect(slaUrgency(workOrder, calendar, Date.UTC(2025, 0, 10, 9))).toBeNull();
  });

  test('a paused resolution shows what was left when it stopped; a met target whether it was late', () => {
    const paused = timed(
      { resolutionDueAt: MONDAY + 4 * HOUR, pausedAt: MONDAY + HOUR },
      { status: 'waitingOnCustomer' },
    );
    expect(targetState(paused, 'resolution', calendar, MONDAY + 50 * HOUR)).toEqual({
      kind: 'paused',
      left: 180,
    });
    const late = timed(
      { firstResponseDueAt: MONDAY + HOUR, firstResponseBreachedAt: MONDAY + HOUR },
      { firstResponseAt: MONDAY + 2 * HOUR },
    );
    expect(targetState(late, 'firstResponse', calendar, MONDAY + 3 * HOUR)).toEqual({
      kind: 'met',
      late: true,
    });
    expect(targetState(timed({}), 'resolution', calendar, MONDAY)).toEqual({ kind: 'none' });
  });

  test('without the calendar yet, breached still shows; the minutes wait', () => {
    const workOrder = timed({ firstResponseDueAt: MONDAY, dueAt: MONDAY });
    expect(targetState(workOrder, 'firstResponse', null, MONDAY + HOUR)).toEqual({
      kind: 'breached',
      over: null,
    });
    expect(slaUrgency(workOrder, null, MONDAY - MINUTE)).toBeNull();
  });

  test('durations read as hours and minutes in both languages', () => {
    expect(formatBusinessMinutes(en, 45)).toBe('45 min');
    expect(formatBusinessMinutes(en, 120)).toBe('2 h');
    expect(formatBusinessMinutes(en, 125)).toBe('2 h 5 min');
    expect(formatBusinessMinutes(zh, 125)).toBe('2 小时 5 分钟');
  });
});

describe('the SLA settings form', () => {
  test('values go back to the same settings; an empty target is no target', () => {
    const values = slaValuesOf(SETTINGS);
    expect(values.targets.low.resolution).toBe('');
    expect(slaInputOf(3, values)).toEqual({ ...DEFAULT_SLA, timeZone: 'UTC', version: 3 });
  });

  test('each bad field gets its own message, in English and Chinese', () => {
    const values = slaValuesOf(SETTINGS);
    values.week.mon = [
      { key: 'a', start: '9:00', end: '18:00' },
      { key: 'b', start: '12:00', end: '12:00' },
    ];
    values.week.tue = [
      { key: 'c', start: '09:00', end: '13:00' },
      { key: 'd', start: '12:00', end: '18:00' },
    ];
    values.holidays = ['2025-02-30'];
    values.targets.high.firstResponse = 0;
    const errors = validateSla(3, values);
    expect(errors['week.mon.0.start']?.(en)).toBe('Use a 24-hour time such as 09:00.');
    expect(errors['week.mon.1.end']?.(en)).toBe('Must differ from the opening time.');
    expect(errors['week.tue.1.start']?.(en)).toBe('Overlaps other hours of this day.');
    expect(errors['holidays.0']?.(zh)).toBe('请使用如 2026-12-25 的日期。');
    expect(errors['targets.high.firstResponse']?.(en)).toBeTruthy();
  });

  test('a server refusal lands beside its field', () => {
    const refusal = new CallError('workorders.sla.save', {
      code: 'VALIDATION',
      message: 'Some fields are not valid.',
      details: { issues: [{ path: ['timeZone'], message: 'unknown time zone' }] },
    });
    expect(slaServerErrors(refusal).timeZone?.(en)).toBe('Choose a time zone from the list.');
  });
});
