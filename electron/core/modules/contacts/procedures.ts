import type { Contact, contactsProcedures } from '../../../../shared/contacts/contract';
import type { EventData } from '../../../../shared/events';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import { fieldChanges } from './changes-repository';
import { checkOwner } from './owner-check';

export function contactsHandlers(ctx: CoreContext): HandlersFor<keyof typeof contactsProcedures> {
  const changed = (contact: Contact, action: EventData<'contact.changed'>['action']) => {
    ctx.events.emit(
      'contact.changed',
      { id: contact.id, action, version: contact.version },
      ctx.customers.audienceOf(contact.id),
    );
    return contact;
  };

  return {
    'contacts.create': (input, call) => {
      checkOwner(ctx.users, input.ownerId, ['ownerId']);
      const custom = ctx.customFields.check('contact', input.custom ?? {});
      return changed(ctx.contacts.create({ ...input, custom }, call.session!.user.id, ctx.now()), 'created');
    },
    'contacts.get': ({ id }) => ctx.contacts.get(id),
    'contacts.update': ({ id, version, patch }, call) => {
      checkOwner(ctx.users, patch.ownerId, ['patch', 'ownerId']);
      const at = ctx.now();
      const updated = ctx.db.transaction(() => {
        const before = ctx.contacts.get(id);
        const checked =
          patch.custom === undefined
            ? patch
            : {
                ...patch,
                custom: ctx.customFields.check('contact', patch.custom, before.custom, ['patch', 'custom']),
              };
        const after = ctx.contacts.update(id, version, checked, at);
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
