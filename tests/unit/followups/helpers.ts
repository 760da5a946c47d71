import type { CoreEvent } from '../../../electron/core/events';
import { canSee } from '../../../electron/core/events';
import type { ProcedureInput } from '../../../shared/contract';
import type { TestCore } from '../core/helpers';

/** Every event the core emits from now on. */
export function recordEvents(t: Pick<TestCore, 'core'>): CoreEvent[] {
  const seen: CoreEvent[] = [];
  t.core.events.subscribe((event) => seen.push(event));
  return seen;
}

/** Ids of the users out of `userIds` who may see `event`. */
export const seenBy = (event: CoreEvent, userIds: readonly number[]) =>
  userIds.filter((id) => canSee(event, id));

/** A call due at `dueAt` about the contact, plus whatever the test adds. */
export function call(
  contactId: number,
  dueAt: number,
  extra: Partial<ProcedureInput<'followups.create'>> = {},
): ProcedureInput<'followups.create'> {
  return { kind: 'call', subject: 'Call back', contactId, dueAt, ...extra };
}

/** The whole table of follow-ups, to show that a refused call changed nothing. */
export const followupRows = (t: TestCore) =>
  t.core.context.db.prepare('SELECT * FROM followups ORDER BY id').all();
