import type { z } from 'zod';
import { events, type EventData, type EventName } from '../../shared/events';
import { getBridge } from './getBridge';

/** Subscribes to one push event; payloads that do not match the contract are ignored. */
export function onEvent<N extends EventName>(name: N, handler: (data: EventData<N>) => void): () => void {
  // TypeScript cannot tie `events[name]` to N by itself; the registry's type guarantees it.
  const schema = events[name] as unknown as z.ZodType<EventData<N>>;
  return getBridge().on((event) => {
    if (event.name !== name) return;
    const parsed = schema.safeParse(event.data);
    if (parsed.success) handler(parsed.data);
  });
}
