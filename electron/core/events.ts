import type { EventData, EventName } from '../../shared/events';

/** Who may see an event: everyone in the company, or the listed users. */
export type Audience = { kind: 'company' } | { kind: 'users'; userIds: readonly number[] };

export interface CoreEvent<N extends EventName = EventName> {
  name: N;
  data: EventData<N>;
  audience: Audience;
}

type Listener = (event: CoreEvent) => void;

/** In-process push channel; transports subscribe and filter by audience. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<N extends EventName>(name: N, data: EventData<N>, audience: Audience = { kind: 'company' }): void {
    const event = { name, data, audience } as CoreEvent;
    for (const listener of this.listeners) listener(event);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function canSee(event: CoreEvent, userId: number): boolean {
  return event.audience.kind === 'company' || event.audience.userIds.includes(userId);
}
