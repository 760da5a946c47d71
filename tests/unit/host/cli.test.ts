import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../electron/core/core';
import { appDataDir } from '../../../electron/host/app-data-dir';

const BUNDLE = 'dist/host/main.mjs';
const OWNER = { companyName: 'Acme', ownerName: 'Ann', username: 'ann', password: 'password123' };

let scratch: string;
let staticDir: string;
const children: ChildProcess[] = [];

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--host'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`host build failed:\n${build.stderr}`);
  scratch = mkdtempSync(join(tmpdir(), 'crm-cli-'));
  staticDir = join(scratch, 'www');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>CRM</title>');
}, 60_000);

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function run(args: string[], env: NodeJS.ProcessEnv = process.env): Running {
  const child = spawn(process.execPath, [BUNDLE, ...args], { env });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Waits for the one line the host prints once it listens, and returns its URL. */
async function listeningUrl(host: Running): Promise<string> {
  for (let waited = 0; waited < 15_000; waited += 25) {
    const match = /^listening on (https?:\/\/\S+)\n/.exec(host.stdout());
    if (match) return match[1]!;
    if (host.child.exitCode !== null) break;
    await sleep(25);
  }
  throw new Error(`the host did not start:\n${host.stdout()}\n${host.stderr()}`);
}

async function call(baseUrl: string, name: string, input: unknown) {
  const response = await fetch(`${baseUrl}/api/rpc/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ input }),
  });
  return { status: response.status, body: (await response.json()) as { result?: unknown } };
}

function freshDir(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  return dir;
}

describe('the built host (node dist/host/main.mjs)', () => {
  it('serves, finishes a request in flight on SIGTERM, exits 0 and leaves a database that reopens', async () => {
    const dataDir = freshDir('data');
    const host = run(['--data-dir', dataDir, '--port', '0', '--static-dir', staticDir]);
    const url = await listeningUrl(host);
    expect(host.stdout()).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\n$/);
    expect((await call(url, 'auth.status', {})).body).toEqual({ result: { setupDone: false } });
    expect(await (await fetch(`${url}/contacts`)).text()).toContain('<title>CRM</title>');

    // The setup request is sent in two parts; SIGTERM arrives between them.
    const body = JSON.stringify({ input: OWNER });
    const { port } = new URL(url);
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/rpc/auth.setup',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      void sleep(300).then(async () => {
        host.child.kill('SIGTERM');
        await sleep(200);
        req.end(body.slice(10));
      });
    });
    const inFlight = await answer;
    expect(inFlight.status).toBe(200);
    expect(JSON.parse(inFlight.text)).toMatchObject({ result: { user: { username: 'ann' } } });
    expect(await host.exited).toBe(0);
    expect(host.stderr()).toBe('');

    const reopened = createCore({ dataDir });
    try {
      expect(await reopened.dispatch({}, 'auth.status', {})).toEqual({
        ok: true,
        result: { setupDone: true },
      });
      const login = await reopened.dispatch({}, 'auth.login', { username: 'ann', password: OWNER.password });
      expect(login.ok).toBe(true);
    } finally {
      reopened.close();
    }
  });

  it("keeps its database in the app's data folder by default", async () => {
    const home = freshDir('home');
    const env = {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      APPDATA: join(home, 'AppData'),
    };
    const host = run(['--port', '0'], env);
    await listeningUrl(host);
    host.child.kill('SIGINT');
    expect(await host.exited).toBe(0);
    expect(existsSync(join(appDataDir(process.platform, env, home), DATABASE_FILE))).toBe(true);
  });

  it.each([
    [['--port', '70000'], /port "70000"/],
    [['--port'], /--port needs a value/],
    [['--data-dir', '/tmp/x', '--colour'], /Unknown option "--colour"/],
    [['--host', '0.0.0.0'], /--tls-cert and --tls-key/],
    [['--tls-cert', 'c.pem'], /both --tls-cert and --tls-key/],
  ])('refuses %j with one clear message and exit code 2', async (args, message) => {
    const host = run(args);
    expect(await host.exited).toBe(2);
    expect(host.stdout()).toBe('');
    expect(host.stderr()).toMatch(message);
    expect(host.stderr().trim().split('\n')).toHaveLength(1);
  });

  it('refuses a database written by a newer version, with exit code 1, and leaves it untouched', async () => {
    const dataDir = freshDir('future');
    const db = new Database(join(dataDir, DATABASE_FILE));
    db.pragma('user_version = 999');
    db.close();
    const host = run(['--data-dir', dataDir, '--port', '0']);
    expect(await host.exited).toBe(1);
    expect(host.stderr()).toMatch(/newer version of the app/);
    expect(host.stdout()).toBe('');
    const after = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(999);
    after.close();
  });

  it('says so and exits 1 when the port is taken', async () => {
    const blocker = createNetServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const host = run(['--data-dir', freshDir('busy'), '--port', String(port)]);
      expect(await host.exited).toBe(1);
      expect(host.stderr()).toMatch(new RegExp(`Cannot listen on 127\\.0\\.0\\.1 port ${port}`));
    } finally {
      blocker.close();
    }
  });

  it('serves plain HTTP on a network address only with --allow-insecure-lan, and warns', async () => {
    const host = run([
      '--data-dir',
      freshDir('lan'),
      '--port',
      '0',
      '--host',
      '0.0.0.0',
      '--allow-insecure-lan',
    ]);
    const url = await listeningUrl(host);
    expect(url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
    expect(host.stderr()).toMatch(/unencrypted/);
    host.child.kill('SIGTERM');
    expect(await host.exited).toBe(0);
  });

  const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
  it.skipIf(!hasOpenssl)('serves HTTPS with --tls-cert and --tls-key (needs openssl)', async () => {
    const dir = freshDir('tls');
    const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ]);
    expect(made.status).toBe(0);
    const host = run([
      '--data-dir',
      freshDir('tls-data'),
      '--port',
      '0',
      '--tls-cert',
      cert,
      '--tls-key',
      key,
    ]);
    const url = await listeningUrl(host);
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpsRequest(
        `${url}/api/rpc/auth.status`,
        {
          method: 'POST',
          ca: readFileSync(cert),
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{"input":{}}');
    });
    expect(status).toBe(200);
    host.child.kill('SIGTERM');
    expect(await host.exited).toBe(0);
  });

  it('exits 1 with a clear message when the TLS files cannot be read', async () => {
    const host = run([
      '--port',
      '0',
      '--data-dir',
      freshDir('no-tls'),
      '--tls-cert',
      '/nope/c.pem',
      '--tls-key',
      '/nope/k.pem',
    ]);
    expect(await host.exited).toBe(1);
    expect(host.stderr()).toMatch(/Cannot read the TLS certificate \/nope\/c\.pem/);
  });
});
