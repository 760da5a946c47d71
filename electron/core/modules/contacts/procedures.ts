import type { Contact, contactsProcedures } from '../../../../shared/contacts/contract';
import { CrmError } from '../../../../shared/errors';
import type { EventData } from '../../../../shared/events';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import { fieldChanges } from './changes-repository';

export function contactsHandlers(ctx: CoreContext): HandlersFor<keyof typeof contactsProcedures> {
  const changed = (contact: Contact, action: EventData<'contact.changed'>['action']) => {
    ctx.events.emit('contact.changed', { id: contact.id, action, version: contact.version });
    return contact;
  };

  /** An owner must be a user of the company: a clear VALIDATION, not a foreign-key failure. */
  const checkOwner = (ownerId: number | null | undefined, path: string[]) => {
    if (typeof ownerId === 'number' && !ctx.users.get(ownerId)) {
      throw new CrmError('VALIDATION', 'Some fields are not valid.', {
        issues: [{ path, message: 'no such user' }],
      });
    }
  };

  return {
    'contacts.create': (input, call) => {
      checkOwner(input.ownerId, ['ownerId']);
      return changed(ctx.contacts.create(input, call.session!.user.id, ctx.now()), 'created');
    },
    'contacts.get': ({ id }) => ctx.contacts.get(id),
    'contacts.update': ({ id, version, patch }, call) => {
      checkOwner(patch.ownerId, ['patch', 'ownerId']);
      const at = ctx.now();
      const updated = ctx.db.transaction(() => {
        const before = ctx.contacts.get(id);
        const after = ctx.contacts.update(id, version, patch, at);
        ctx.contactChanges.record(id, fieldChanges(before, after), call.session!.user.id, at);
        return after;
      })();
      return changed(updated, 'updated');
    },
    'contacts.delete': ({ id }) => changed(ctx.contacts.setTrashed(id, true, ctx.now()), 'deleted'),
    'contacts.restore': ({ id }) => changed(ctx.contacts.setTrashed(id, false, ctx.now()), 'restored'),
    'contacts.search': ({ query, limit }, call) => ({
      items: ctx.contacts.search(query, limit ?? 20, call.scope),
    }),
    'contacts.list': ({ cursor, limit, sort, filter }, call) =>
      ctx.contacts.list({
        cursor,
        limit: limit ?? 50,
        sort: sort ?? 'name',
        filter: filter ?? {},
        scope: call.scope,
      }),
    'contacts.tags': () => ({ items: ctx.contacts.tags() }),
  };
}
