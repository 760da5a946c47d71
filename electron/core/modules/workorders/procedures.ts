import type { User } from '../../../../shared/auth/contract';
import { CrmError } from '../../../../shared/errors';
import type { EventData } from '../../../../shared/events';
import {
  STATUS_MOVES,
  type ThreadItem,
  type WorkOrder,
  type WorkOrderPatch,
  type workOrdersProcedures,
} from '../../../../shared/workorders/contract';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import { customerIssues } from '../contacts/customer-references';
import type { CustomerScope } from '../contacts/visibility';
import { mentionedUserIds } from './mentions';
import type { GroupInput, WorkOrderFields } from './repository';

type Issue = { path: string[]; message: string };

const invalid = (issues: Issue[]) => new CrmError('VALIDATION', 'Some fields are not valid.', { issues });

const unique = (ids: readonly number[]) => [...new Set(ids)];

export function workOrdersHandlers(ctx: CoreContext): HandlersFor<keyof typeof workOrdersProcedures> {
  /** Everyone in the company hears of a change, so every open queue and screen follows it. */
  /** Its SLA timers are recomputed first: every change that moves them (status, priority, reply) passes here. */
  const changed = (workOrder: WorkOrder, action: EventData<'workorder.changed'>['action']) => {
    const { id, version, status, assigneeId, contactId } = workOrder;
    const sla = ctx.workOrderSla.refresh(id, ctx.now());
    ctx.events.emit('workorder.changed', { id, action, version, status, assigneeId, contactId });
    return { ...workOrder, sla };
  };

  /** The new assignee alone is told, for the in-app and desktop notice. */
  function assigned(workOrder: WorkOrder, by: User, reason: string | null): void {
    if (workOrder.assigneeId === null) return;
    const { id, number, subject, assigneeId } = workOrder;
    ctx.events.emit(
      'workorder.assigned',
      { id, number, subject, assigneeId, byId: by.id, byName: by.displayName, reason },
      { kind: 'users', userIds: [assigneeId] },
    );
  }

  /** A work order as this caller may see it: a customer hidden from them is left out, name and all. */
  const shown = (workOrder: WorkOrder, scope: CustomerScope): WorkOrder =>
    workOrder.contactId === null || ctx.customers.canSee(scope, workOrder.contactId)
      ? workOrder
      : { ...workOrder, contactId: null, contactName: null };

  const isActiveUser = (id: number) => ctx.users.get(id)?.active === true;

  /**
   * The references of a work order as it would be stored that are new (all of them for a new
   * one); VALIDATION naming every bad one. A reference kept as it was is not checked again, so a
   * work order whose contact went to the trash or whose watcher left can still be edited.
   */
  function check(
    fields: WorkOrderFields,
    watcherIds: readonly number[],
    before: WorkOrder | null,
    prefix: string[],
    assigneeId?: number | null,
  ): void {
    const issues: Issue[] = [];
    if (typeof assigneeId === 'number' && !isActiveUser(assigneeId)) {
      issues.push({ path: ['assigneeId'], message: 'no such active user' });
    }
    issues.push(...customerIssues(ctx.contacts, fields, before));
    const watching = new Set(before?.watchers.map((watcher) => watcher.id));
    watcherIds.forEach((id, index) => {
      if (!watching.has(id) && !isActiveUser(id)) {
        issues.push({ path: ['watcherIds', String(index)], message: 'no such active user' });
      }
    });
    if (issues.length > 0)
      throw invalid(issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })));
  }

  /** The patched fields. A contact hidden from the caller was shown as none: clearing "none" keeps it. */
  function merge(current: WorkOrder, seen: WorkOrder, patch: WorkOrderPatch): WorkOrderFields {
    const keepContact =
      patch.contactId === undefined || (patch.contactId === null && seen.contactId === null);
    return {
      subject: patch.subject ?? current.subject,
      description: patch.description === undefined ? current.description : patch.description || null,
      contactId: keepContact ? current.contactId : (patch.contactId ?? null),
      companyId: patch.companyId === undefined ? current.companyId : patch.companyId,
      priority: patch.priority ?? current.priority,
      category: patch.category === undefined ? current.category : patch.category,
      dueAt: patch.dueAt === undefined ? current.dueAt : patch.dueAt,
      channel: patch.channel ?? current.channel,
    };
  }

  /** The dispatch groups' members must be users and appear once per group; a category routes to one group. */
  function dispatchIssues(groups: readonly GroupInput[]): Issue[] {
    const issues: Issue[] = [];
    const routed = new Set<string>();
    groups.forEach((group, g) => {
      const members = new Set<number>();
      group.memberIds.forEach((id, m) => {
        const path = ['groups', String(g), 'memberIds', String(m)];
        if (members.has(id)) issues.push({ path, message: 'listed twice' });
        else if (!ctx.users.get(id)) issues.push({ path, message: 'no such user' });
        members.add(id);
      });
      group.categories.forEach((category, c) => {
        const key = category.toLowerCase();
        if (routed.has(key)) {
          issues.push({
            path: ['groups', String(g), 'categories', String(c)],
            message: 'routed to another group',
          });
        }
        routed.add(key);
      });
    });
    return issues;
  }

  return {
    'workorders.create': (input, call) => {
      const user = call.session!.user;
      const fields: WorkOrderFields = {
        subject: input.subject,
        description: input.description || null,
        contactId: input.contactId ?? null,
        companyId: input.companyId ?? null,
        priority: input.priority ?? 'normal',
        category: input.category ?? null,
        dueAt: input.dueAt ?? null,
        channel: input.channel ?? 'phone',
      };
      const watcherIds = unique(input.watcherIds ?? []);
      check(fields, watcherIds, null, [], input.assigneeId);
      const assignee = input.assigneeId === undefined ? 'rules' : input.assigneeId;
      const created = changed(
        ctx.workOrders.create(fields, assignee, watcherIds, user.id, ctx.now()),
        'created',
      );
      assigned(created, user, null);
      return shown(created, call.scope);
    },
    'workorders.get': ({ id }, call) => shown(ctx.workOrders.get(id), call.scope),
    'workorders.update': ({ id, version, patch }, call) => {
      const current = ctx.workOrders.get(id);
      // A hidden customer answers as dispatch does for a missing one (contactRef of workorders.create).
      if (typeof patch.contactId === 'number' && !ctx.customers.canSee(call.scope, patch.contactId)) {
        throw new CrmError('NOT_FOUND', 'This contact does not exist.', { id: patch.contactId });
      }
      const fields = merge(current, shown(current, call.scope), patch);
      const watcherIds = patch.watcherIds && unique(patch.watcherIds);
      check(fields, watcherIds ?? [], current, ['patch']);
      const updated = ctx.workOrders.update(id, version, fields, watcherIds, ctx.now());
      return shown(changed(updated, 'updated'), call.scope);
    },
    'workorders.list': ({ queue = 'all', filter = {}, sort = 'updated', cursor, limit = 50 }, call) => {
      if (filter.contactId !== undefined && !ctx.customers.canSee(call.scope, filter.contactId)) {
        throw new CrmError('NOT_FOUND', 'This contact does not exist.', { id: filter.contactId });
      }
      const page = ctx.workOrders.list({
        queue,
        filter,
        sort,
        cursor: cursor ?? null,
        limit,
        userId: call.session!.user.id,
        now: ctx.now(),
      });
      return { ...page, items: page.items.map((workOrder) => shown(workOrder, call.scope)) };
    },
    'workorders.counts': (_input, call) => ctx.workOrders.counts(call.session!.user.id, ctx.now()),
    'workorders.assign': ({ id, version, assigneeId, reason }, call) => {
      if (assigneeId !== null && !isActiveUser(assigneeId)) {
        throw invalid([{ path: ['assigneeId'], message: 'no such active user' }]);
      }
      const user = call.session!.user;
      const result = ctx.workOrders.assign(id, version, assigneeId, reason || null, user.id, ctx.now());
      if (result.changed) {
        changed(result.workOrder, 'assigned');
        assigned(result.workOrder, user, reason || null);
      }
      return shown(result.workOrder, call.scope);
    },
    'workorders.setStatus': ({ id, version, status }, call) => {
      const current = ctx.workOrders.get(id);
      // A stale version is refused as CONFLICT by the write below, whatever the move.
      if (current.version === version && !STATUS_MOVES[current.status].includes(status)) {
        const hint = status === 'assigned' ? ' Assign it to someone instead.' : '';
        throw new CrmError(
          'VALIDATION',
          `A work order that is ${current.status} cannot move to ${status}.${hint}`,
          {
            issues: [{ path: ['status'], message: `not allowed from ${current.status}` }],
            from: current.status,
            allowed: STATUS_MOVES[current.status],
          },
        );
      }
      const moved = ctx.workOrders.setStatus(id, version, status, call.session!.user.id, ctx.now());
      return shown(changed(moved, 'status'), call.scope);
    },
    'workorders.reply': ({ id, body, internal = false }, call) => {
      const user = call.session!.user;
      const mentionedIds = mentionedUserIds(body, ctx.users.list());
      const entry = ctx.workOrders.reply(id, { internal, body, mentionedIds }, user.id, ctx.now());
      const workOrder = changed(ctx.workOrders.get(id), 'replied');
      for (const userId of mentionedIds.filter((mentioned) => mentioned !== user.id)) {
        ctx.events.emit(
          'workorder.mentioned',
          {
            id,
            number: workOrder.number,
            subject: workOrder.subject,
            entryId: entry.id,
            byName: user.displayName,
          },
          { kind: 'users', userIds: [userId] },
        );
      }
      return entry;
    },
    'workorders.thread': ({ id, cursor, limit }, call) => {
      ctx.workOrders.get(id);
      const found = ctx.workOrderThread.page(id, cursor ?? null, limit ?? 100);
      // Another module's entry about a customer hidden from the caller is left out; the cursor
      // follows every entry read, so a page of hidden ones still moves the list on.
      const visible = (item: ThreadItem) =>
        !('contactId' in item) || item.contactId === null || ctx.customers.canSee(call.scope, item.contactId);
      return { ...found, items: found.items.filter(visible) };
    },
    'workorders.dispatch.get': () => ctx.workOrders.dispatchSettings(),
    'workorders.dispatch.save': ({ version, groups }) => {
      const issues = dispatchIssues(groups);
      if (issues.length > 0) throw invalid(issues);
      return ctx.workOrders.saveDispatch(version, groups);
    },
  };
}
