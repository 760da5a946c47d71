import { z } from 'zod';
import { LICENSE_KINDS } from './license/contract';

const schemas = {
  'contact.changed': z.object({
    id: z.number().int(),
    action: z.enum(['created', 'updated', 'deleted', 'restored']),
    version: z.number().int(),
  }),
  'user.changed': z.object({
    id: z.number().int(),
    action: z.enum(['created', 'updated', 'deactivated', 'reactivated']),
    version: z.number().int(),
  }),
  'followup.changed': z.object({
    id: z.number().int(),
    action: z.enum(['created', 'updated', 'completed', 'reopened', 'deleted']),
    version: z.number().int(),
    contactId: z.number().int().nullable(),
    companyId: z.number().int().nullable(),
  }),
  /** The licence was activated: modules, seats and locks may have changed. */
  'license.changed': z.object({ kind: z.enum(LICENSE_KINDS) }),
};
export type EventName = keyof typeof schemas;
export type EventData<N extends EventName> = z.infer<(typeof schemas)[N]>;

/** Server push events (DESIGN §2): name -> payload schema; `events[name]` keeps its event's type. */
export const events: { [N in EventName]: z.ZodType<EventData<N>> } = schemas;
