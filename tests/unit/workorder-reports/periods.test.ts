import { expect, test } from 'vitest';
import { calendarPeriods, isoWeekLabel } from '../../../electron/core/modules/workorders/reports/periods';

test('ISO weeks across the turn of a year: the week holding its first Thursday is week 1', () => {
  expect(isoWeekLabel('2024-12-29')).toBe('2024-W52');
  expect(isoWeekLabel('2024-12-30')).toBe('2025-W01');
  expect(isoWeekLabel('2025-01-05')).toBe('2025-W01');
  expect(isoWeekLabel('2021-01-03')).toBe('2020-W53');
  expect(isoWeekLabel('2026-12-31')).toBe('2026-W53');
});

test('the weeks of a range start on Mondays, the first and last cut to the range', () => {
  expect(calendarPeriods('2025-01-08', '2025-01-14', 'week')).toEqual([
    { label: '2025-W02', firstDay: '2025-01-08', lastDay: '2025-01-12' },
    { label: '2025-W03', firstDay: '2025-01-13', lastDay: '2025-01-14' },
  ]);
  expect(calendarPeriods('2024-12-30', '2025-01-05', 'week')).toEqual([
    { label: '2025-W01', firstDay: '2024-12-30', lastDay: '2025-01-05' },
  ]);
});

test('the months of a range, February of a leap year included', () => {
  expect(calendarPeriods('2024-01-31', '2024-03-01', 'month')).toEqual([
    { label: '2024-01', firstDay: '2024-01-31', lastDay: '2024-01-31' },
    { label: '2024-02', firstDay: '2024-02-01', lastDay: '2024-02-29' },
    { label: '2024-03', firstDay: '2024-03-01', lastDay: '2024-03-01' },
  ]);
});
