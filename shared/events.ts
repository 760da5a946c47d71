import { z } from 'zod';

/** Server push events (DESIGN §2): name -> payload schema. */
export const events = {
  'contact.changed': z.object({
    id: z.number().int(),
    action: z.enum(['created', 'updated', 'deleted', 'restored']),
    version: z.number().int(),
  }),
};
export type EventName = keyof typeof events;
export type EventData<N extends EventName> = z.infer<(typeof events)[N]>;
