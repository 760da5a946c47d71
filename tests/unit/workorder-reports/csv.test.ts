import { expect, test } from 'vitest';
import { loadCsv, periodsCsv } from '../../../renderer/workorders/reports/reportCsv';
import { formatAverage } from '../../../renderer/workorders/reports/reportDuration';
import { filterValuesOf } from '../../../renderer/workorders/views/viewQuery';
import { translator } from '../renderer/translator';
import { NO_FILTER } from '../../../renderer/workorders/queueFilter';

const HOUR = 3_600_000;

const PERIODS_HEADER = {
  period: 'Period',
  firstDay: 'First day',
  lastDay: 'Last day',
  opened: 'Opened',
  closed: 'Closed',
  avgFirstResponseHours: 'Avg. first response (hours)',
  avgResolutionHours: 'Avg. resolution time (hours)',
};

test('the periods CSV: a BOM, the header in the user’s words, hours with two decimals, blanks for no average', () => {
  const csv = periodsCsv(PERIODS_HEADER, [
    {
      label: '2025-W02',
      firstDay: '2025-01-06',
      lastDay: '2025-01-12',
      opened: 2,
      closed: 2,
      responded: 2,
      avgFirstResponseMs: 45 * 60_000,
      avgResolutionMs: 4 * 24 * HOUR,
    },
    {
      label: '2025-W03',
      firstDay: '2025-01-13',
      lastDay: '2025-01-19',
      opened: 3,
      closed: 0,
      responded: 0,
      avgFirstResponseMs: null,
      avgResolutionMs: null,
    },
  ]);
  expect(csv).toBe(
    '\uFEFFPeriod,First day,Last day,Opened,Closed,Avg. first response (hours),Avg. resolution time (hours)\r\n' +
      '2025-W02,2025-01-06,2025-01-12,2,2,0.75,96.00\r\n' +
      '2025-W03,2025-01-13,2025-01-19,3,0,,\r\n',
  );
});

test('the load CSV: statuses in their order, the unassigned named, a formula in a name neutralised, commas quoted', () => {
  const csv = loadCsv(
    {
      assignee: '处理人',
      open: 'Open',
      statuses: { new: 'New', assigned: 'Assigned', inProgress: 'In progress', waitingOnCustomer: 'Waiting' },
      oldestOpen: 'Oldest open since',
    },
    [
      {
        assigneeId: 2,
        assigneeName: '=HYPERLINK("x")',
        open: 3,
        byStatus: { new: 0, assigned: 1, inProgress: 2, waitingOnCustomer: 0 },
        oldestOpenAt: Date.UTC(2025, 0, 9),
      },
      {
        assigneeId: null,
        assigneeName: null,
        open: 1,
        byStatus: { new: 1, assigned: 0, inProgress: 0, waitingOnCustomer: 0 },
        oldestOpenAt: Date.UTC(2025, 0, 19),
      },
    ],
    'Nobody, yet',
    (at) => new Date(at).toISOString().slice(0, 10),
  );
  expect(csv.split('\r\n')).toEqual([
    '\uFEFF处理人,Open,New,Assigned,In progress,Waiting,Oldest open since',
    `"'=HYPERLINK(""x"")",3,0,1,2,0,2025-01-09`,
    '"Nobody, yet",1,1,0,0,0,2025-01-19',
    '',
  ]);
});

test('a saved view fills the filter bar; a customer that is gone is left out and said to be', () => {
  const filter = {
    statuses: ['inProgress' as const],
    assigneeId: 7,
    contactId: 8,
    category: 'Gone category',
    createdFrom: new Date(2025, 0, 6).getTime(),
    createdTo: new Date(2025, 0, 20).getTime() - 1,
  };
  expect(filterValuesOf({ filter, contactName: 'Ann Lee' })).toEqual({
    values: {
      ...NO_FILTER,
      statuses: ['inProgress'],
      assigneeId: '7',
      customer: { id: 8, name: 'Ann Lee', companyId: null },
      category: 'Gone category',
      createdFrom: '2025-01-06',
      createdTo: '2025-01-19',
    },
    missingCustomer: false,
  });
  const gone = filterValuesOf({ filter, contactName: null });
  expect(gone.missingCustomer).toBe(true);
  expect(gone.values).toMatchObject({ customer: null, assigneeId: '7', category: 'Gone category' });
});

test('average times read in business units, in both languages', async () => {
  const en = await translator('en');
  const zh = await translator('zh-CN');
  expect(formatAverage(null, en)).toBe('—');
  expect(formatAverage(30_000, en)).toBe('< 1 min');
  expect(formatAverage(45 * 60_000, en)).toBe('45 min');
  expect(formatAverage(3 * HOUR + 20 * 60_000, en)).toBe('3 h 20 min');
  expect(formatAverage(2 * 24 * HOUR + 4 * HOUR + 59 * 60_000, en)).toBe('2 d 4 h');
  expect(formatAverage(2 * 24 * HOUR + 4 * HOUR, zh)).toBe('2 天 4 小时');
});
