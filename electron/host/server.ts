import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { MAX_INPUT_BYTES } from '../../shared/limits';
import type { Core } from '../core/core';
import { EVENTS_MAX_PAYLOAD, eventsSocketRoute, type EventsSocketOptions } from './events-socket';
import { refuseForeignHosts } from './host-check';
import { fromFastifyError } from './http-errors';
import { rendererFiles } from './renderer-files';
import { rpcRoutes } from './rpc-route';
import { addSecurityHeaders, setSecurityHeaders } from './security-headers';
import { transferRoutes } from './transfer-routes';

export interface ServerOptions {
  core: Core;
  /** Folder of the built renderer (dist/renderer); without it, pages say it is not built. */
  staticDir?: string;
  /** PEM certificate and key: serve HTTPS. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Answer only requests addressed to this computer's names; on when bound to loopback. */
  loopbackOnly?: boolean;
  events?: Partial<EventsSocketOptions>;
  logError?: (error: unknown) => void;
  /** Largest upload accepted; MAX_UPLOAD_BYTES unless a test sets a smaller one. */
  maxUploadBytes?: number;
}

const EVENTS_DEFAULTS: EventsSocketOptions = { authTimeoutMs: 10_000, sessionCheckMs: 60_000 };

/**
 * A request still running when close() starts ends its keep-alive connection with its
 * response; otherwise close() would wait for the client's idle timeout.
 */
function endConnectionsWhileClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
}

/** The office server's HTTP face: API, push events and the renderer. Not listening yet. */
export function createServer(options: ServerOptions): FastifyInstance {
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const answerError = (error: unknown, reply: FastifyReply) => {
    const answer = fromFastifyError(error);
    if (answer.log) logError(error);
    return reply.code(answer.status).send({ error: answer.error });
  };

  const common = {
    bodyLimit: MAX_INPUT_BYTES,
    // A slow client may not hold a connection open indefinitely.
    requestTimeout: 60_000,
    logger: false,
    // Malformed or overlong URLs are refused by the router before any hook runs.
    frameworkErrors: (error: unknown, _request: FastifyRequest, reply: FastifyReply) => {
      setSecurityHeaders(reply);
      return answerError(error, reply);
    },
  };
  // Both variants expose the same routing API; only the underlying Node server differs.
  const app = (options.tls ? Fastify({ ...common, https: options.tls }) : Fastify(common)) as FastifyInstance;

  addSecurityHeaders(app);
  endConnectionsWhileClosing(app);
  if (options.loopbackOnly) refuseForeignHosts(app);
  app.setErrorHandler((error, _request, reply) => answerError(error, reply));

  app.register(fastifyWebsocket, { options: { maxPayload: EVENTS_MAX_PAYLOAD } });
  app.register(eventsSocketRoute(options.core, { ...EVENTS_DEFAULTS, ...options.events }));
  app.register(rpcRoutes(options.core));
  app.register(transferRoutes(options.core, options.maxUploadBytes));
  app.register(rendererFiles(options.staticDir));
  return app;
}
