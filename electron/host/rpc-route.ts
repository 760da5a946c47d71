import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { MAX_INPUT_BYTES } from '../../shared/limits';
import type { Core } from '../core/core';
import { sendError } from './http-errors';

const rpcBody = z.object({ input: z.unknown().optional() }).strict();

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer +([^\s]+) *$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/** `POST /api/rpc/:name` with `{ "input": ... }`: the HTTP face of `dispatch` (DESIGN §2). */
export function rpcRoutes(core: Core) {
  return async function register(app: FastifyInstance): Promise<void> {
    // Only JSON is accepted: a cross-site form or text/plain post cannot reach a procedure.
    const bodyBytes = new WeakMap<FastifyRequest, number>();
    const parseJson = app.getDefaultJsonParser('error', 'error');
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: MAX_INPUT_BYTES },
      (request, body: string, done) => {
        bodyBytes.set(request, Buffer.byteLength(body));
        parseJson(request, body, done);
      },
    );

    app.post<{ Params: { name: string } }>('/api/rpc/:name', async (request, reply) => {
      const body = rpcBody.safeParse(request.body);
      if (!body.success) {
        return sendError(reply, {
          code: 'VALIDATION',
          message: 'The request body must be a JSON object {"input": ...}.',
        });
      }
      const outcome = await core.dispatch(
        {
          token: bearerToken(request.headers.authorization),
          remoteAddress: request.ip,
          inputBytes: bodyBytes.get(request) ?? 0,
        },
        request.params.name,
        body.data.input,
      );
      return outcome.ok ? reply.send({ result: outcome.result }) : sendError(reply, outcome.error);
    });
  };
}
