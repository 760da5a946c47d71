import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveInside, serveAppFile } from '../../../electron/main/protocol/serve-app-file';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'crm-serve-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>CRM</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  // A file beside the served folder, whose name starts like it: the guard must not be a prefix test.
  writeFileSync(join(base, 'secret.txt'), 'secret');
  mkdirSync(join(base, 'renderer-private'));
  writeFileSync(join(base, 'renderer-private', 'key.txt'), 'secret');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppFile(root, new Request(url, { method }));

describe('serveAppFile', () => {
  test('serves the app with its content type and the CSP', async () => {
    const response = await get('app://crm/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>CRM</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    const script = await get('app://crm/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await script.text()).toBe('console.log("app")');
    expect((await get('app://crm/assets/app.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  test('a client-side route gets index.html', async () => {
    for (const route of [
      'app://crm/contacts',
      'app://crm/contacts/12?tab=calls',
      'app://crm/settings/users/',
    ]) {
      const response = await get(route);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>CRM</title>');
    }
  });

  test('a missing asset is a 404, not the app page', async () => {
    const response = await get('app://crm/assets/missing.js');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<title>');
  });

  test.each([
    'app://crm/%2e%2e/secret.txt',
    'app://crm/..%2fsecret.txt',
    'app://crm/assets/..%2f..%2fsecret.txt',
    'app://crm/..%5csecret.txt',
    'app://crm/%2e%2e%2frenderer-private/key.txt',
    'app://crm/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://crm/%00.js',
    'app://crm/%E0%A4%A',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain('secret');
  });

  test('only GET and HEAD, only on our host', async () => {
    expect((await get('app://crm/', 'POST')).status).toBe(405);
    const head = await get('app://crm/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://other/')).status).toBe(404);
  });
});

describe('resolveInside', () => {
  test('maps a URL path to a file of the folder', () => {
    expect(resolveInside(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveInside(root, '/a%20b.txt')).toBe(join(root, 'a b.txt'));
  });

  test('refuses paths that climb out, carry a NUL or are not valid percent-encoding', () => {
    expect(resolveInside(root, '/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveInside(root, '/%2e%2e/renderer-private/key.txt')).toBeNull();
    expect(resolveInside(root, '/a%00b')).toBeNull();
    expect(resolveInside(root, '/%ZZ')).toBeNull();
  });
});
