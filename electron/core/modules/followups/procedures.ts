import { CrmError } from '../../../../shared/errors';
import type { EventData } from '../../../../shared/events';
import {
  followupIssues,
  type Followup,
  type FollowupPatch,
  type followupsProcedures,
} from '../../../../shared/followups/contract';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import { customerIssues } from '../contacts/customer-references';
import type { CustomerScope } from '../contacts/visibility';
import { startOfNextDay } from './day';
import type { FollowupFields } from './repository';

type Issue = { path: string[]; message: string };

export function followupsHandlers(ctx: CoreContext): HandlersFor<keyof typeof followupsProcedures> {
  /** Tells the people it concerns: its assignee, its creator, and one it was taken away from. */
  const changed = (
    followup: Followup,
    action: EventData<'followup.changed'>['action'],
    previousAssignee?: number,
  ) => {
    const userIds = new Set([followup.assigneeId, followup.createdBy]);
    if (previousAssignee !== undefined) userIds.add(previousAssignee);
    const { id, version, contactId, companyId } = followup;
    ctx.events.emit(
      'followup.changed',
      { id, action, version, contactId, companyId },
      { kind: 'users', userIds: [...userIds] },
    );
    return followup;
  };

  /** The rules and the references of a follow-up as it would be stored; VALIDATION if any fails. */
  function check(fields: FollowupFields, prefix: string[]): void {
    const issues: Issue[] = [...followupIssues(fields), ...customerIssues(ctx.contacts, fields, null)];
    if (!ctx.users.get(fields.assigneeId)?.active) {
      issues.push({ path: ['assigneeId'], message: 'no such active user' });
    }
    if (issues.length > 0) {
      throw new CrmError('VALIDATION', 'Some fields are not valid.', {
        issues: issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })),
      });
    }
  }

  /**
   * The follow-up, if the caller may see it: one about a customer hidden from them answers
   * NOT_FOUND exactly as a missing one does.
   */
  function visible(id: number, scope: CustomerScope): Followup {
    const followup = ctx.followups.get(id);
    if (followup.contactId !== null && !ctx.customers.canSee(scope, followup.contactId)) {
      throw new CrmError('NOT_FOUND', 'This follow-up does not exist.', { id });
    }
    return followup;
  }

  const merge = (current: Followup, patch: FollowupPatch): FollowupFields => ({
    kind: patch.kind ?? current.kind,
    subject: patch.subject ?? current.subject,
    body: patch.body === undefined ? current.body : patch.body || null,
    contactId: patch.contactId === undefined ? current.contactId : patch.contactId,
    companyId: patch.companyId === undefined ? current.companyId : patch.companyId,
    dueAt: patch.dueAt === undefined ? current.dueAt : patch.dueAt,
    assigneeId: patch.assigneeId ?? current.assigneeId,
  });

  return {
    'followups.create': (input, call) => {
      const userId = call.session!.user.id;
      const fields: FollowupFields = {
        kind: input.kind,
        subject: input.subject,
        body: input.body || null,
        contactId: input.contactId ?? null,
        companyId: input.companyId ?? null,
        dueAt: input.dueAt ?? null,
        assigneeId: input.assigneeId ?? userId,
      };
      check(fields, []);
      return changed(ctx.followups.create(fields, userId, ctx.now()), 'created');
    },
    'followups.update': ({ id, version, patch }, call) => {
      const current = visible(id, call.scope);
      // A hidden customer answers as dispatch does for a missing one (contactRef of followups.create).
      if (typeof patch.contactId === 'number' && !ctx.customers.canSee(call.scope, patch.contactId)) {
        throw new CrmError('NOT_FOUND', 'This contact does not exist.', { id: patch.contactId });
      }
      const fields = merge(current, patch);
      check(fields, ['patch']);
      const updated = ctx.followups.update(id, version, fields, ctx.now());
      const previous = current.assigneeId === updated.assigneeId ? undefined : current.assigneeId;
      return changed(updated, 'updated', previous);
    },
    'followups.complete': ({ id, version, done }, call) => {
      visible(id, call.scope);
      return changed(ctx.followups.setDone(id, version, done, ctx.now()), done ? 'completed' : 'reopened');
    },
    'followups.delete': ({ id, version }, call) => {
      visible(id, call.scope);
      return { id: changed(ctx.followups.delete(id, version), 'deleted').id };
    },
    'followups.listForContact': ({ contactId, cursor, limit }) => {
      ctx.contacts.get(contactId);
      return ctx.followups.listForContact(contactId, cursor ?? null, limit ?? 50);
    },
    'followups.mine': ({ timeZone, limit = 50 }, call) => {
      const userId = call.session!.user.id;
      const now = ctx.now();
      const tomorrow = startOfNextDay(now, timeZone);
      return {
        overdue: ctx.followups.openDueBetween(userId, Number.MIN_SAFE_INTEGER, now, limit),
        today: ctx.followups.openDueBetween(userId, now, tomorrow, limit),
        upcoming: ctx.followups.openDueBetween(userId, tomorrow, Number.MAX_SAFE_INTEGER, limit),
      };
    },
  };
}
