import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sendError } from './http-errors';
import { isApiPath } from './api-path';

export const NOT_BUILT_MESSAGE =
  'The screens of Small Business CRM are not built yet.\n' +
  'Run `npm run build` (or start the server with `npm run serve`), then reload this page.\n';

/** Vite names these files after their content, so a browser may keep them for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const isAssetPath = (url: string) => url.startsWith('/assets/');

/** A browser navigation to a client-side route, to be answered with index.html. */
const isPageRequest = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  !isApiPath(request.url) &&
  !isAssetPath(request.url);

/**
 * Serves the built renderer from `staticDir`: hashed files under /assets/ cached for good,
 * index.html revalidated each time, and index.html for every other page path (client routes).
 * Everything else that matches no route gets the contract's NOT_FOUND.
 */
export function rendererFiles(staticDir: string | undefined) {
  const indexFile = staticDir === undefined ? undefined : join(staticDir, 'index.html');

  const sendIndex = (reply: FastifyReply) => {
    // Checked per request: `npm run build` may (re)build the renderer while the host runs.
    if (indexFile === undefined || !existsSync(indexFile)) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(NOT_BUILT_MESSAGE);
    }
    return reply.sendFile('index.html');
  };

  return async function register(app: FastifyInstance): Promise<void> {
    if (staticDir !== undefined) {
      await app.register(fastifyStatic, {
        root: staticDir,
        wildcard: true,
        dotfiles: 'ignore',
        cacheControl: false,
        suppressWarning: true,
        setHeaders: (reply, file) => {
          const inAssets = relative(staticDir, file).startsWith(`assets${sep}`);
          reply.header('cache-control', inAssets ? IMMUTABLE : 'no-cache');
        },
      });
    }
    app.setNotFoundHandler((request, reply) => {
      if (isPageRequest(request)) return sendIndex(reply);
      return sendError(reply, {
        code: 'NOT_FOUND',
        message: `Nothing is at ${request.method} ${request.url}.`,
      });
    });
  };
}
