import { CrmError } from '../../../../shared/errors';
import type { ActivityEntry, ActivityKind } from '../../../../shared/dashboard/contract';
import type { Followup } from '../../../../shared/followups/contract';
import type { CoreContext } from '../../context';
import type { CustomerScope } from '../contacts/visibility';

/**
 * Follow-ups read per source before those about customers the caller may not see are dropped:
 * enough for a full list under "own" visibility unless most of the latest work is on others'
 * customers, without reading the whole table.
 */
const FOLLOWUP_WINDOW = 4;

type Named = { id: number; name: string };

/** Within one instant, the order things happen to a customer: added, edited, planned, done. */
const KIND_ORDER: Record<ActivityKind, number> = {
  contact_created: 0,
  contact_changed: 1,
  followup_created: 2,
  followup_completed: 3,
};

const newestFirst = (a: ActivityEntry, b: ActivityEntry) =>
  b.at - a.at || KIND_ORDER[b.kind] - KIND_ORDER[a.kind] || b.id - a.id;

/**
 * The latest `limit` things that happened to customers `scope` sees, newest first: customers
 * added, saves of a customer's fields, follow-ups created and completed. Each source gives its
 * latest `limit` (the contacts module already limited to what the scope sees); the merge keeps
 * the newest.
 */
export function recentActivity(ctx: CoreContext, scope: CustomerScope, limit: number): ActivityEntry[] {
  const contacts = new Map<number, Named | null>();
  /** A live customer the caller may see, or null. */
  function visibleContact(id: number): Named | null {
    if (!contacts.has(id)) {
      let found: Named | null = null;
      if (ctx.customers.canSee(scope, id)) {
        try {
          const contact = ctx.contacts.get(id);
          if (contact.deletedAt === null) found = { id, name: contact.name };
        } catch (error) {
          if (!(error instanceof CrmError && error.code === 'NOT_FOUND')) throw error;
        }
      }
      contacts.set(id, found);
    }
    return contacts.get(id)!;
  }

  const users = new Map<number, Named | null>();
  function user(id: number): Named | null {
    if (!users.has(id)) {
      const found = ctx.users.get(id);
      users.set(id, found ? { id, name: found.displayName } : null);
    }
    return users.get(id)!;
  }

  /** The follow-up's fields shown, or null when it concerns a customer the caller may not see. */
  function followupData(followup: Followup) {
    const contact = followup.contactId === null ? null : visibleContact(followup.contactId);
    if (followup.contactId !== null && contact === null) return null;
    const { id: followupId, kind: followupKind, subject } = followup;
    return { followupId, followupKind, subject, contact };
  }

  const entries: ActivityEntry[] = [
    ...ctx.contactStats.latestCreated(scope, limit).map((created): ActivityEntry => ({
      kind: 'contact_created',
      id: created.id,
      at: created.createdAt,
      actor: created.owner,
      contact: { id: created.id, name: created.name },
    })),
    ...ctx.contactStats.latestSaves(scope, limit).map((save): ActivityEntry => ({
      kind: 'contact_changed',
      id: save.id,
      at: save.changedAt,
      actor: save.changedBy,
      contact: { id: save.contactId, name: save.contactName },
      fields: save.fields,
    })),
    ...ctx.followups.latestCreated(limit * FOLLOWUP_WINDOW).flatMap((followup): ActivityEntry[] => {
      const data = followupData(followup);
      if (!data) return [];
      const actor = user(followup.createdBy);
      return [{ kind: 'followup_created', id: followup.id, at: followup.createdAt, actor, ...data }];
    }),
    ...ctx.followups.latestDone(limit * FOLLOWUP_WINDOW).flatMap((followup): ActivityEntry[] => {
      const data = followupData(followup);
      if (!data || followup.doneAt === null) return [];
      const actor = { id: followup.assigneeId, name: followup.assigneeName };
      return [{ kind: 'followup_completed', id: followup.id, at: followup.doneAt, actor, ...data }];
    }),
  ];
  return entries.sort(newestFirst).slice(0, limit);
}
