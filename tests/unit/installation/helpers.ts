import type { ProcedureInput } from '../../../shared/contract';
import type { TestCore } from '../core/helpers';

/** A job for the contact on Tuesday 7 January 2025, 09:00 to 11:00 UTC, plus whatever the test adds. */
export function jobOf(
  contactId: number,
  extra: Partial<ProcedureInput<'installation.create'>> = {},
): ProcedureInput<'installation.create'> {
  return {
    title: 'Air conditioner',
    contactId,
    day: '2025-01-07',
    startTime: '09:00',
    endTime: '11:00',
    timeZone: 'UTC',
    ...extra,
  };
}

/** The whole table of jobs, to show that a refused call changed nothing. */
export const jobRows = (t: TestCore) =>
  t.core.context.db.prepare('SELECT * FROM installation_jobs ORDER BY id').all();
