import type { FastifyInstance } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { z } from 'zod';
import type { Core } from '../core/core';
import { canSee, type CoreEvent } from '../core/events';

/** Close code the client reads as "sign in again" (4000-4999 are free for applications). */
export const CLOSE_UNAUTHENTICATED = 4401;

/** The only message a client sends; anything larger than this is refused by ws (1009). */
export const EVENTS_MAX_PAYLOAD = 4096;

export interface EventsSocketOptions {
  /** How long a new socket may stay silent before its auth message. */
  authTimeoutMs: number;
  /** How often an idle socket re-checks its session, so a logout closes it without an event. */
  sessionCheckMs: number;
}

const authMessage = z.object({ type: z.literal('auth'), token: z.string().min(1).max(512) }).strict();

function tokenOf(data: RawData, isBinary: boolean): string | null {
  if (isBinary) return null;
  try {
    const parsed = authMessage.safeParse(JSON.parse(data.toString()));
    return parsed.success ? parsed.data.token : null;
  } catch {
    return null;
  }
}

/**
 * `GET /api/events`: after `{"type":"auth","token":...}` the socket answers `{"type":"ready"}`
 * and then carries every core event its user may see as `{"type":"event","name","data"}`.
 */
export function eventsSocketRoute(core: Core, options: EventsSocketOptions) {
  return async function register(app: FastifyInstance): Promise<void> {
    app.route({
      method: 'GET',
      url: '/api/events',
      // A plain GET: 426 Upgrade Required, in the contract's error shape.
      handler: (_request, reply) =>
        reply
          .code(426)
          .header('upgrade', 'websocket')
          .send({ error: { code: 'VALIDATION', message: 'Open /api/events as a WebSocket.' } }),
      wsHandler: (socket: WebSocket) => {
        let token: string | null = null;
        let stopListening = () => {};
        let sessionCheck: NodeJS.Timeout | undefined;

        const refuse = () => socket.close(CLOSE_UNAUTHENTICATED, 'Please sign in.');
        const userOf = (candidate: string) => core.context.sessions.resolve(candidate)?.user ?? null;
        const signedIn = () => token !== null && userOf(token) !== null;

        const deliver = (event: CoreEvent) => {
          if (socket.readyState !== socket.OPEN) return;
          if (!signedIn()) return refuse();
          socket.send(JSON.stringify({ type: 'event', name: event.name, data: event.data }));
        };

        const authTimer = setTimeout(refuse, options.authTimeoutMs);

        socket.on('message', (data, isBinary) => {
          if (token !== null) return;
          clearTimeout(authTimer);
          const candidate = tokenOf(data, isBinary);
          const user = candidate === null ? null : userOf(candidate);
          if (candidate === null || user === null) return refuse();
          token = candidate;
          socket.send(JSON.stringify({ type: 'ready' }));
          stopListening = core.events.subscribe((event) => {
            // Delivered after the emitting call has finished, outside its database work.
            if (canSee(event, user.id)) setImmediate(deliver, event);
          });
          sessionCheck = setInterval(() => {
            if (!signedIn()) refuse();
          }, options.sessionCheckMs);
        });

        socket.on('close', () => {
          clearTimeout(authTimer);
          clearInterval(sessionCheck);
          stopListening();
        });
      },
    });
  };
}
