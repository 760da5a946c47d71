import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addBusinessMinutes,
  addBusinessMs,
  businessMinutesBetween,
  businessMsBetween,
  type BusinessCalendar,
} from '../../../../shared/workorders/business-time';
import { calendarOf, DEFAULT_SLA, type OpenHours, type Weekday } from '../../../../shared/workorders/sla';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const office = (timeZone: string, holidays: string[] = []) =>
  calendarOf({ ...DEFAULT_SLA, timeZone, holidays });

const everyDay = (timeZone: string, hours: OpenHours[]) =>
  calendarOf({
    timeZone,
    holidays: [],
    week: Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, hours]),
    ) as Record<Weekday, OpenHours[]>,
  });

/** Monday 6 January 2025. */
const utc = (day: number, hour: number, minute = 0) => Date.UTC(2025, 0, day, hour, minute);

describe('business time, Monday to Friday 09:00–18:00', () => {
  const calendar = office('UTC');

  test('runs within the day, over the night and the weekend', () => {
    expect(addBusinessMinutes(calendar, utc(6, 9), 60)).toBe(utc(6, 10));
    expect(addBusinessMinutes(calendar, utc(6, 17, 30), 60)).toBe(utc(7, 9, 30));
    expect(addBusinessMinutes(calendar, utc(10, 17), 120)).toBe(utc(13, 10));
    // From a closed time the clock starts at the next opening.
    expect(addBusinessMinutes(calendar, utc(11, 12), 1)).toBe(utc(13, 9, 1));
    expect(addBusinessMinutes(calendar, utc(6, 7), 5 * 9 * 60)).toBe(utc(10, 18));
  });

  test('counts only open time between two instants, negative backwards', () => {
    expect(businessMinutesBetween(calendar, utc(10, 17), utc(13, 10))).toBe(120);
    expect(businessMinutesBetween(calendar, utc(11, 0), utc(12, 23))).toBe(0);
    expect(businessMinutesBetween(calendar, utc(13, 10), utc(10, 17))).toBe(-120);
  });

  test('skips holidays in the company time zone', () => {
    const closedMonday = office('UTC', ['2025-01-13']);
    expect(addBusinessMinutes(closedMonday, utc(10, 17), 120)).toBe(utc(14, 10));
    // 09:30 UTC is 17:30 in Shanghai: half an hour that Monday, the Tuesday off, on at 09:00 Wednesday.
    const shanghai = office('Asia/Shanghai', ['2025-01-07']);
    expect(addBusinessMinutes(shanghai, utc(6, 9, 30), 60)).toBe(utc(8, 1, 30));
  });

  test('a calendar with no open time has no due time', () => {
    const week = { ...DEFAULT_SLA.week, mon: [], tue: [], wed: [], thu: [], fri: [] };
    const closed = calendarOf({ ...DEFAULT_SLA, timeZone: 'UTC', week });
    expect(addBusinessMinutes(closed, utc(6, 9), 1)).toBeNull();
    expect(businessMinutesBetween(closed, utc(6, 9), utc(20, 9))).toBe(0);
  });
});

describe('overnight intervals', () => {
  const nights = everyDay('UTC', [{ start: '22:00', end: '06:00' }]);

  test('run past midnight into the next day', () => {
    expect(addBusinessMinutes(nights, utc(6, 23), 120)).toBe(utc(7, 1));
    expect(addBusinessMinutes(nights, utc(6, 12), 30)).toBe(utc(6, 22, 30));
    expect(businessMinutesBetween(nights, utc(6, 21), utc(7, 7))).toBe(8 * 60);
  });

  test('an instant inside last night’s interval counts from there', () => {
    expect(addBusinessMinutes(nights, utc(7, 5), 90)).toBe(utc(7, 22, 30));
  });

  test('an overlap with the next morning counts once', () => {
    const overlapping = everyDay('UTC', [
      { start: '00:00', end: '02:00' },
      { start: '23:00', end: '01:00' },
    ]);
    expect(businessMinutesBetween(overlapping, utc(6, 23), utc(7, 3))).toBe(3 * 60);
  });
});

describe('daylight saving time', () => {
  test('a whole day open is 23 hours when the clocks go forward and 25 when they go back', () => {
    const always = everyDay('Europe/Berlin', [{ start: '00:00', end: '24:00' }]);
    // Berlin's midnights: 30 March 2025 at 23:00 UTC the day before; 31 March at 22:00 UTC.
    expect(businessMsBetween(always, Date.UTC(2025, 2, 29, 23), Date.UTC(2025, 2, 30, 22))).toBe(23 * HOUR);
    expect(businessMsBetween(always, Date.UTC(2025, 9, 25, 22), Date.UTC(2025, 9, 26, 23))).toBe(25 * HOUR);
  });

  test('office hours follow the local clock across the change', () => {
    const berlin = office('Europe/Berlin');
    // Friday 28 March 17:00 CET is 16:00 UTC; Monday 31 March 10:00 CEST is 08:00 UTC.
    expect(addBusinessMinutes(berlin, Date.UTC(2025, 2, 28, 16), 120)).toBe(Date.UTC(2025, 2, 31, 8));
  });
});

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Shanghai', 'Australia/Lord_Howe'];
const clock = fc.integer({ min: 0, max: 96 }).map((quarter) => {
  const minutes = quarter * 15;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
});
const day = fc.array(fc.record({ start: clock, end: clock }), { maxLength: 2 });
const calendars: fc.Arbitrary<BusinessCalendar> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    week: fc.record({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }),
    holidays: fc.uniqueArray(
      fc
        .integer({ min: 0, max: 60 })
        .map((n) => new Date(Date.UTC(2025, 2, 1 + n)).toISOString().slice(0, 10)),
      { maxLength: 10 },
    ),
  })
  .map((settings) => calendarOf(settings));
// Around the spring and autumn changes of 2025.
const instants = fc.integer({ min: Date.UTC(2025, 2, 1), max: Date.UTC(2025, 10, 30) });
const durations = fc.integer({ min: 0, max: 3 * 24 * 60 }).map((minutes) => minutes * MINUTE);

describe('properties', () => {
  test('the time between a start and the start plus n is n', () => {
    fc.assert(
      fc.property(calendars, instants, durations, (calendar, from, ms) => {
        const due = addBusinessMs(calendar, from, ms);
        fc.pre(due !== null);
        expect(due).toBeGreaterThanOrEqual(from);
        expect(businessMsBetween(calendar, from, due!)).toBe(ms);
      }),
      { numRuns: 150 },
    );
  });

  test('a later start or a longer target never gives an earlier due time', () => {
    fc.assert(
      fc.property(calendars, instants, instants, durations, durations, (calendar, a, b, m, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const [short, long] = m <= n ? [m, n] : [n, m];
        const byStart = [addBusinessMs(calendar, early, short), addBusinessMs(calendar, late, short)];
        const byLength = [addBusinessMs(calendar, early, short), addBusinessMs(calendar, early, long)];
        fc.pre(byStart.every((due) => due !== null) && byLength.every((due) => due !== null));
        expect(byStart[0]).toBeLessThanOrEqual(byStart[1]!);
        expect(byLength[0]).toBeLessThanOrEqual(byLength[1]!);
      }),
      { numRuns: 150 },
    );
  });

  test('adding in two steps is adding the sum', () => {
    fc.assert(
      fc.property(calendars, instants, durations, durations, (calendar, from, m, n) => {
        const first = addBusinessMs(calendar, from, m);
        fc.pre(first !== null && addBusinessMs(calendar, from, m + n) !== null);
        expect(addBusinessMs(calendar, first!, n)).toBe(addBusinessMs(calendar, from, m + n));
      }),
      { numRuns: 150 },
    );
  });
});
