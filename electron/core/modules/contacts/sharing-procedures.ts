import type { sharingProcedures } from '../../../../shared/contacts/sharing-contract';
import { CrmError } from '../../../../shared/errors';
import { roleAtLeast } from '../../../../shared/roles';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';

export function sharingHandlers(ctx: CoreContext): HandlersFor<keyof typeof sharingProcedures> {
  return {
    'contacts.shares.get': ({ contactId }) => {
      ctx.contacts.get(contactId);
      return ctx.contactShares.get(contactId);
    },
    'contacts.shares.set': ({ contactId, userIds }, call) => {
      const contact = ctx.contacts.get(contactId);
      const caller = call.session!.user;
      if (contact.ownerId !== caller.id && !roleAtLeast(caller.role, 'admin')) {
        throw new CrmError('FORBIDDEN', "Only the customer's owner or an admin can share it.", {
          required: 'admin',
        });
      }
      const issues = userIds.flatMap((userId, index) =>
        ctx.users.get(userId)?.active
          ? []
          : [{ path: ['userIds', String(index)], message: 'no such active user' }],
      );
      if (issues.length > 0) throw new CrmError('VALIDATION', 'Some fields are not valid.', { issues });
      // The owner sees the customer anyway; a share with them would only clutter the list.
      const colleagues = [...new Set(userIds)].filter((userId) => userId !== contact.ownerId);
      const before = ctx.contactShares.get(contactId).users.map((user) => user.id);
      const shares = ctx.contactShares.set(contactId, colleagues);
      ctx.events.emit(
        'contact.changed',
        { id: contactId, action: 'updated', version: contact.version },
        { kind: 'users', userIds: [...new Set([...before, ...colleagues, caller.id])] },
      );
      return shares;
    },
  };
}
