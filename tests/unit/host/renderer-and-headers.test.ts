import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { startHost, type Host } from './helpers';

const INDEX_HTML = '<!doctype html><title>Small Business CRM</title><div id="root"></div>';
const APP_JS = 'console.log("app");';

let staticDir: string;
let host: Host;

beforeAll(() => {
  staticDir = mkdtempSync(join(tmpdir(), 'crm-static-'));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(staticDir, 'assets', 'index-3f2a1b.js'), APP_JS);
  writeFileSync(join(staticDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(staticDir, '.env'), 'SECRET=1');
});
afterAll(() => rmSync(staticDir, { recursive: true, force: true }));
afterEach(() => host.close());

/** A GET with the path sent exactly as written (fetch would normalise `..`) and any Host. */
function rawGet(path: string, hostHeader?: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(host.baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers: hostHeader ? { host: hostHeader } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function expectSecurityHeaders(headers: Headers, what: string): void {
  expect(headers.get('content-security-policy'), what).toBe(CONTENT_SECURITY_POLICY);
  expect(headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
  expect(headers.get('cross-origin-resource-policy'), what).toBe('same-origin');
  const permissions = headers.get('permissions-policy') ?? '';
  for (const feature of ['camera=()', 'microphone=()', 'geolocation=()'])
    expect(permissions, what).toContain(feature);
}

describe('the built renderer', () => {
  it('serves index.html at / without long caching', async () => {
    host = await startHost({ server: { staticDir } });
    const response = await fetch(`${host.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('serves hashed assets with long immutable caching', async () => {
    host = await startHost({ server: { staticDir } });
    const response = await fetch(`${host.baseUrl}/assets/index-3f2a1b.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(APP_JS);
    const icon = await fetch(`${host.baseUrl}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers client-side routes with index.html', async () => {
    host = await startHost({ server: { staticDir } });
    for (const path of ['/contacts', '/contacts/42', '/settings/users?tab=roles', '/search/j.smith']) {
      const response = await fetch(`${host.baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(await response.text(), path).toBe(INDEX_HTML);
    }
  });

  it('answers a missing asset or API path with 404, not with the page', async () => {
    host = await startHost({ server: { staticDir } });
    for (const path of ['/assets/missing-123.js', '/api/contacts', '/api']) {
      const response = await fetch(`${host.baseUrl}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.json(), path).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
    const deletePage = await fetch(`${host.baseUrl}/contacts/42`, { method: 'DELETE' });
    expect(deletePage.status).toBe(404);
  });

  it('never serves dotfiles or files outside the folder', async () => {
    host = await startHost({ server: { staticDir } });
    for (const path of ['/.env', '/../package.json', '/assets/../../package.json', '/%2e%2e/package.json']) {
      const response = await rawGet(path);
      expect(response.body, path).not.toContain('SECRET');
      expect(response.body, path).not.toContain('"name": "crm-desktop"');
    }
  });

  it('says plainly that the renderer is not built when index.html is missing', async () => {
    const emptyDir = mkdtempSync(join(tmpdir(), 'crm-empty-'));
    try {
      host = await startHost({ server: { staticDir: emptyDir } });
      for (const path of ['/', '/contacts/42']) {
        const response = await fetch(`${host.baseUrl}${path}`);
        expect(response.status, path).toBe(503);
        expect(response.headers.get('content-type'), path).toMatch(/^text\/plain/);
        expect(await response.text(), path).toMatch(/not built.*\n.*npm run build/);
      }
      // Building while the server runs makes the pages appear without a restart.
      writeFileSync(join(emptyDir, 'index.html'), INDEX_HTML);
      expect(await (await fetch(`${host.baseUrl}/contacts/42`)).text()).toBe(INDEX_HTML);
    } finally {
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });

  it('says the same without any static folder', async () => {
    host = await startHost();
    const response = await fetch(`${host.baseUrl}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });
});

describe('security headers', () => {
  it('are on pages, assets, API answers, errors and not-found answers', async () => {
    host = await startHost({ server: { staticDir } });
    const post = (path: string, body: string) =>
      fetch(`${host.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const responses: Array<[string, Response]> = [
      ['page', await fetch(`${host.baseUrl}/`)],
      ['client route', await fetch(`${host.baseUrl}/contacts/1`)],
      ['asset', await fetch(`${host.baseUrl}/assets/index-3f2a1b.js`)],
      ['missing asset', await fetch(`${host.baseUrl}/assets/nope.js`)],
      ['rpc result', await post('/api/rpc/auth.status', '{"input":{}}')],
      ['rpc error', await post('/api/rpc/contacts.list', '{"input":{}}')],
      ['malformed JSON', await post('/api/rpc/auth.status', '{')],
      ['unknown API path', await fetch(`${host.baseUrl}/api/nothing`)],
      ['plain GET of the socket', await fetch(`${host.baseUrl}/api/events`)],
    ];
    for (const [what, response] of responses) {
      expectSecurityHeaders(response.headers, what);
      await response.arrayBuffer();
    }
  });

  it('forbid caching of every API answer', async () => {
    host = await startHost({ server: { staticDir } });
    for (const path of ['/api/rpc/auth.status', '/api/rpc/contacts.list', '/api/nothing']) {
      const response = await fetch(`${host.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('are on the "not built" message too', async () => {
    host = await startHost();
    expectSecurityHeaders((await fetch(`${host.baseUrl}/`)).headers, 'not built');
  });
});

describe('a server bound to this computer', () => {
  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    host = await startHost({ server: { staticDir } });
    for (const hostHeader of ['evil.example', 'evil.example:4780', '192.168.1.20']) {
      const response = await rawGet('/', hostHeader);
      expect(response.status, hostHeader).toBe(403);
      expect(JSON.parse(response.body), hostHeader).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    for (const hostHeader of ['localhost:4780', '127.0.0.1']) {
      expect((await rawGet('/', hostHeader)).status, hostHeader).toBe(200);
    }
  });

  it('answers any host name when serving a network', async () => {
    host = await startHost({ server: { staticDir, loopbackOnly: false } });
    expect((await rawGet('/', 'crm.office.lan')).status).toBe(200);
  });
});
