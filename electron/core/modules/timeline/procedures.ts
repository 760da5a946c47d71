import type { timelineProcedures } from '../../../../shared/timeline/contract';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';

export function timelineHandlers(ctx: CoreContext): HandlersFor<keyof typeof timelineProcedures> {
  return {
    'timeline.forContact': ({ contactId, cursor, limit }) => {
      ctx.contacts.get(contactId);
      return ctx.timeline.forContact(contactId, cursor ?? null, limit ?? 50);
    },
  };
}
