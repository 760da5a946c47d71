import type { ProcedureInput } from '../../../shared/contract';
import type { TestCore, TestUser } from '../core/helpers';

/** A work order with a subject only, plus whatever the test adds. */
export function workOrderOf(
  extra: Partial<ProcedureInput<'workorders.create'>> = {},
): ProcedureInput<'workorders.create'> {
  return { subject: 'Printer jams on tray 2', ...extra };
}

/** Agents `names` (role agent), signed in, in order. */
export async function agents(t: TestCore, ...names: string[]): Promise<TestUser[]> {
  const made: TestUser[] = [];
  for (const name of names) made.push(await t.addUser('agent', name));
  return made;
}

/** One dispatch group taking every category, with `rule` over `members`, saved as the owner. */
export async function oneGroup(
  t: TestCore,
  rule: 'manual' | 'roundRobin' | 'fewestOpen',
  members: readonly TestUser[],
): Promise<void> {
  const { version } = await t.call('workorders.dispatch.get', {});
  await t.call('workorders.dispatch.save', {
    version,
    groups: [{ name: 'Support', rule, memberIds: members.map((m) => m.user.id), categories: [] }],
  });
}

/** The work-order tables as they are, to show that a refused call changed nothing. */
export const workOrderRows = (t: TestCore) => ({
  workorders: t.core.context.db.prepare('SELECT * FROM workorders ORDER BY id').all(),
  thread: t.core.context.db.prepare('SELECT * FROM workorder_thread ORDER BY id').all(),
  watchers: t.core.context.db.prepare('SELECT * FROM workorder_watchers ORDER BY 1, 2').all(),
  sequences: t.core.context.db.prepare('SELECT * FROM workorder_sequences ORDER BY year').all(),
  groups: t.core.context.db.prepare('SELECT * FROM workorder_groups ORDER BY id').all(),
});
