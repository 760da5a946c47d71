import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { APP_HOST, APP_SCHEME } from '../security/app-origin';
import { contentTypeOf } from './content-types';

const INDEX_FILE = 'index.html';

/**
 * The file of `rootDir` a URL path names, or null when the path is malformed or leaves the
 * folder. The check is on the resolved path, after percent-decoding, so `%2e%2e%2f` and
 * encoded backslashes cannot climb out either.
 */
export function resolveInside(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(rootDir);
  const file = resolve(join(root, decoded));
  const fromRoot = relative(root, file);
  if (fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) return null;
  return file;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Answers a request of the app protocol from the built renderer in `rootDir`. A path without
 * a file extension is a client-side route and gets index.html; a missing asset is a 404, so a
 * broken script tag never receives HTML. Every response carries the CSP.
 */
export async function serveAppFile(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const url = new URL(request.url);
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
  const requested = resolveInside(rootDir, url.pathname);
  if (!requested) return plain(400, 'Bad path');

  let file: string | null = null;
  if (await isFile(requested)) file = requested;
  else if (url.pathname.endsWith('/') && (await isFile(join(requested, INDEX_FILE))))
    file = join(requested, INDEX_FILE);
  else if (extname(requested) === '') file = join(resolve(rootDir), INDEX_FILE);
  if (!file) return plain(404, 'Not found');

  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return plain(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'content-type': contentTypeOf(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    },
  });
}
