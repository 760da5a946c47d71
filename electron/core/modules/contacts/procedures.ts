import type { Contact, contactsProcedures } from '../../../../shared/contacts/contract';
import type { EventData } from '../../../../shared/events';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';

export function contactsHandlers(ctx: CoreContext): HandlersFor<keyof typeof contactsProcedures> {
  const changed = (contact: Contact, action: EventData<'contact.changed'>['action']) => {
    ctx.events.emit('contact.changed', { id: contact.id, action, version: contact.version });
    return contact;
  };

  return {
    'contacts.create': (input, call) =>
      changed(ctx.contacts.create(input, call.session!.user.id, ctx.now()), 'created'),
    'contacts.get': ({ id }) => ctx.contacts.get(id),
    'contacts.update': ({ id, version, patch }) =>
      changed(ctx.contacts.update(id, version, patch, ctx.now()), 'updated'),
    'contacts.delete': ({ id }) => changed(ctx.contacts.setTrashed(id, true, ctx.now()), 'deleted'),
    'contacts.restore': ({ id }) => changed(ctx.contacts.setTrashed(id, false, ctx.now()), 'restored'),
    'contacts.search': ({ query, limit }) => ({ items: ctx.contacts.search(query, limit ?? 20) }),
    'contacts.list': ({ cursor, limit, sort, filter }) =>
      ctx.contacts.list({ cursor, limit: limit ?? 50, sort: sort ?? 'name', filter: filter ?? {} }),
    'contacts.tags': () => ({ items: ctx.contacts.tags() }),
  };
}
