import { afterEach, expect, test } from 'vitest';
import { CallError } from '../../../renderer/bridge/CallError';
import {
  clashesOf,
  jobFieldsOf,
  jobTimeZone,
  newJobValues,
  validateJob,
} from '../../../renderer/installation/jobFormValues';
import { formatWindow } from '../../../renderer/installation/jobWindow';
import { instantAt } from '../../../shared/installation/calendar';
import { installationInput } from '../../../shared/installation/contract';

const ann = { id: 7, name: 'Ann Lee', companyId: 3 };

test('a new job from a contact’s page takes its customer and company, and leaves the address to the server', () => {
  const values = { ...newJobValues({ contact: ann }, 1, '2025-01-07'), title: 'Boiler' };
  expect(validateJob(values)).toEqual({});
  const fields = jobFieldsOf(values, 'Europe/Berlin', true);
  expect(fields).toMatchObject({ contactId: 7, companyId: 3, technicianId: 1, day: '2025-01-07' });
  expect(fields).not.toHaveProperty('address');
  expect(jobFieldsOf(values, 'Europe/Berlin', false)).toHaveProperty('address', null);
});

test('the form names its own fields: no customer is the picker’s error, a backwards window the end’s', () => {
  const values = {
    ...newJobValues({}, 1, '2025-01-07'),
    title: 'Boiler',
    startTime: '12:00',
    endTime: '10:00',
  };
  expect(Object.keys(validateJob(values)).sort()).toEqual(['contact', 'endTime']);
});

test('a SCHEDULE_CLASH refusal gives its clashes; any other error none', () => {
  const clash = { id: 4, title: null, customerName: null, startAt: 1, endAt: 2 };
  const refused = new CallError('installation.create', {
    code: 'SCHEDULE_CLASH',
    message: 'clash',
    details: { clashes: [clash] },
  });
  expect(clashesOf(refused)).toEqual([clash]);
  expect(clashesOf(new CallError('installation.create', { code: 'CONFLICT', message: 'x' }))).toBeNull();
});

const browserZone = process.env.TZ;
afterEach(() => {
  if (browserZone === undefined) delete process.env.TZ;
  else process.env.TZ = browserZone;
});

test('a job typed in the company’s zone lands at that zone’s instant, wherever the browser is', () => {
  process.env.TZ = 'America/New_York';
  const values = { ...newJobValues({ contact: ann }, 1, '2025-01-07'), title: 'Boiler' };
  const fields = installationInput.parse(jobFieldsOf(values, jobTimeZone('Asia/Shanghai'), true));
  expect(fields.timeZone).toBe('Asia/Shanghai');
  // 09:00 to 11:00 in Shanghai (UTC+8), not in New York.
  const window = {
    startAt: instantAt(fields.day, fields.startTime, fields.timeZone),
    endAt: instantAt(fields.day, fields.endTime, fields.timeZone),
  };
  expect(window).toEqual({ startAt: Date.UTC(2025, 0, 7, 1), endAt: Date.UTC(2025, 0, 7, 3) });
  expect(formatWindow(window, 'en-GB', fields.timeZone)).toBe('Tue 7 Jan, 09:00 – 11:00');
});

test('without the company’s zone the form reads the window in the browser’s', () => {
  process.env.TZ = 'America/New_York';
  expect(jobTimeZone(null)).toBe('America/New_York');
});
