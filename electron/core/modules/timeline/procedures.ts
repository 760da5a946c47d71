import type { timelineProcedures } from '../../../../shared/timeline/contract';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';

export function timelineHandlers(ctx: CoreContext): HandlersFor<keyof typeof timelineProcedures> {
  return {
    'timeline.forContact': ({ contactId, cursor, limit }) => {
      ctx.contacts.get(contactId);
      return ctx.timeline.forContact(contactId, cursor ?? null, limit ?? 50);
    },
    'timeline.forCompany': ({ companyId, cursor, limit }, call) => {
      ctx.companies.get(companyId);
      const found = ctx.timeline.forCompany(companyId, cursor ?? null, limit ?? 50);
      // The cursor follows every entry read, so a page of hidden ones still moves the list on.
      const visible = (contactId: number | null | undefined) =>
        contactId == null || ctx.customers.canSee(call.scope, contactId);
      return { ...found, items: found.items.filter((entry) => visible(entry.contactId)) };
    },
  };
}
