import type { FastifyInstance } from 'fastify';
import { isLoopbackHost } from './addresses';
import { sendError } from './http-errors';

/** The name part of a Host header: `[::1]:4780` -> `[::1]`, `localhost:4780` -> `localhost`. */
export function hostnameOf(hostHeader: string | undefined): string {
  const host = hostHeader ?? '';
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':', 1)[0]!;
}

/**
 * For a server bound to this computer only: a web page whose DNS name is rebound to
 * 127.0.0.1 would otherwise reach the API as same-origin (and could, for one, run the
 * first-time setup). Its requests carry its own name in Host, so they are refused.
 */
export function refuseForeignHosts(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (isLoopbackHost(hostnameOf(request.headers.host))) return;
    return sendError(reply, {
      code: 'FORBIDDEN',
      message: 'This server answers only to addresses of this computer, such as 127.0.0.1 or localhost.',
    });
  });
}
