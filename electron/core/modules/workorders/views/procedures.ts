import type { User } from '../../../../../shared/auth/contract';
import { CrmError } from '../../../../../shared/errors';
import { roleAtLeast } from '../../../../../shared/roles';
import {
  MOST_VIEWS,
  type SavedView,
  type workOrderViewsProcedures,
} from '../../../../../shared/workorders/views';
import type { HandlersFor } from '../../../api';
import type { CoreContext } from '../../../context';
import type { Audience } from '../../../events';
import type { CustomerScope } from '../../contacts/visibility';
import type { StoredView, ViewFields } from './repository';

const mayShare = (user: User) => roleAtLeast(user.role, 'admin');

const forbidden = (message: string) => new CrmError('FORBIDDEN', message);

export function workOrderViewsHandlers(ctx: CoreContext): HandlersFor<keyof typeof workOrderViewsProcedures> {
  const views = ctx.workOrderViews;

  /** The names the filter's ids stand for now, as this caller may see them. */
  function withNames(view: StoredView, scope: CustomerScope): SavedView {
    const { assigneeId, contactId } = view.filter;
    let contactName: string | null = null;
    if (contactId !== undefined && ctx.customers.canSee(scope, contactId)) {
      try {
        contactName = ctx.contacts.get(contactId).name;
      } catch (error) {
        if (!(error instanceof CrmError && error.code === 'NOT_FOUND')) throw error;
      }
    }
    const assigneeName = assigneeId === undefined ? null : (ctx.users.get(assigneeId)?.displayName ?? null);
    return { ...view, assigneeName, contactName };
  }

  /** Everyone hears of a shared view; the owner alone of a personal one. */
  function changed(view: StoredView, action: 'created' | 'updated' | 'deleted', wasShared: boolean) {
    const audience: Audience =
      view.shared || wasShared ? { kind: 'company' } : { kind: 'users', userIds: [view.ownerId] };
    ctx.events.emit('workorderView.changed', { id: view.id, action }, audience);
  }

  /** A view the caller may see, or NOT_FOUND as for one that does not exist. */
  function visible(id: number, user: User): StoredView {
    const view = views.get(id);
    if (view.ownerId !== user.id && !view.shared) {
      throw new CrmError('NOT_FOUND', 'This view does not exist.', { id });
    }
    return view;
  }

  /** A customer in the filter must be one the caller may see, as `workorders.list` requires. */
  function checkFilter(fields: ViewFields, scope: CustomerScope, prefix: string[]): void {
    const { contactId } = fields.filter;
    if (contactId !== undefined && !ctx.customers.canSee(scope, contactId)) {
      throw new CrmError('VALIDATION', 'Some fields are not valid.', {
        issues: [{ path: [...prefix, 'filter', 'contactId'], message: 'no such contact' }],
      });
    }
  }

  return {
    'workorders.views.list': (_input, call) => ({
      items: views.visibleTo(call.session!.user.id).map((view) => withNames(view, call.scope)),
    }),
    'workorders.views.create': ({ shared = false, ...query }, call) => {
      const user = call.session!.user;
      if (shared && !mayShare(user)) throw forbidden('Only an administrator may share a view with everyone.');
      if (views.count(user.id) >= MOST_VIEWS) {
        throw new CrmError('VALIDATION', `You may keep at most ${MOST_VIEWS} views.`, {
          issues: [{ path: ['name'], message: 'too many views' }],
        });
      }
      const fields = { ...query, shared };
      checkFilter(fields, call.scope, []);
      const view = views.create(user.id, fields, ctx.now());
      changed(view, 'created', false);
      return withNames(view, call.scope);
    },
    'workorders.views.update': ({ id, version, patch }, call) => {
      const user = call.session!.user;
      const current = visible(id, user);
      if (current.ownerId !== user.id) throw forbidden('Only its owner may change this view.');
      if (patch.shared === true && !current.shared && !mayShare(user)) {
        throw forbidden('Only an administrator may share a view with everyone.');
      }
      const fields: ViewFields = {
        name: patch.name ?? current.name,
        shared: patch.shared ?? current.shared,
        queue: patch.queue ?? current.queue,
        filter: patch.filter ?? current.filter,
        sort: patch.sort ?? current.sort,
      };
      if (patch.filter) checkFilter(fields, call.scope, ['patch']);
      const view = views.update(id, version, fields, ctx.now());
      changed(view, 'updated', current.shared);
      return withNames(view, call.scope);
    },
    'workorders.views.delete': ({ id, version }, call) => {
      const user = call.session!.user;
      const current = visible(id, user);
      if (current.ownerId !== user.id && !mayShare(user)) {
        throw forbidden('Only its owner or an administrator may delete this view.');
      }
      views.delete(id, version);
      changed(current, 'deleted', current.shared);
      return { id };
    },
  };
}
