import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { keyringFromPem } from '../../../electron/core/modules/license/keyring';
import { dayOf } from '../../../shared/license/dates';
import { RELEASE_DATE } from '../../../shared/release';
import { closeCores, createClock, setupCore } from '../core/helpers';
import { DEV_PRIVATE_KEY_FILE, devKey } from './keys';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let work: string;
let bundleDir: string;
let bundle: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runNode(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: ROOT, env: { ...process.env, CRM_LICENSE_KEYRING: '', ...env }, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** `npm run license -- ...args`, from the bundle the runner built once. */
const license = (args: string[], env?: NodeJS.ProcessEnv) => runNode([bundle, ...args], env);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'crm-license-tool-'));
  // The first run goes through `npm run license`'s own runner; the others reuse its bundle, copied
  // beside it (so its packages resolve) where no other run of the tool rewrites it.
  const first = await runNode(['scripts/run-ts.mjs', 'scripts/license.ts', 'help']);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/usage: npm run license/);
  bundleDir = join(ROOT, 'node_modules', '.cache', `crm-license-test-${process.pid}`);
  mkdirSync(bundleDir, { recursive: true });
  bundle = join(bundleDir, 'license.mjs');
  copyFileSync(join(ROOT, 'node_modules', '.cache', 'crm-scripts', 'license.mjs'), bundle);
}, 60_000);

afterAll(() => {
  closeCores();
  rmSync(work, { recursive: true, force: true });
  rmSync(bundleDir, { recursive: true, force: true });
});

const today = () => dayOf(Date.now());
const ISSUE = ['issue', '--private-key', DEV_PRIVATE_KEY_FILE, '--licensee', 'Acme 贸易', '--edition', 'erp'];
const VALID_ISSUE = [...ISSUE, '--seats', '2', '--updates-until', '2099-12-31'];

describe('keygen', () => {
  test('writes a PEM pair and prints its key id; never overwrites', async () => {
    const dir = join(work, 'vendor');
    const made = await license(['keygen', '--out', dir]);
    expect(made.code).toBe(0);
    const keyId = made.stdout.trim();
    expect(keyId).toMatch(/^[0-9a-f]{16}$/);
    const publicPem = readFileSync(join(dir, 'public.pem'), 'utf8');
    expect([...keyringFromPem(publicPem, 'public.pem').keys()]).toEqual([keyId]);
    expect(readFileSync(join(dir, 'private.pem'), 'utf8')).toMatch(/BEGIN PRIVATE KEY/);
    expect(statSync(join(dir, 'private.pem')).mode & 0o077).toBe(0);

    const again = await license(['keygen', '--out', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/never overwrites/);
    expect(readFileSync(join(dir, 'public.pem'), 'utf8')).toBe(publicPem);
  });
});

describe('issue and inspect', () => {
  test('issues a key the app accepts, and writes the licence file', async () => {
    const file = join(work, 'acme.crmlicense');
    const issued = await license([
      ...VALID_ISSUE,
      '--modules',
      'orders,knowledge',
      '--support-until',
      '2099-06-30',
      '--out',
      file,
    ]);
    expect(issued.code, issued.stderr).toBe(0);
    const key = issued.stdout.trim();
    expect(key).toMatch(new RegExp(`^CRM1\\.${devKey.keyId}\\.`));
    expect(readFileSync(file, 'utf8').trim()).toBe(key);

    const inspected = await license(['inspect', file]);
    expect(inspected.code).toBe(0);
    expect(JSON.parse(inspected.stdout)).toEqual({
      valid: true,
      payload: {
        licenseId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        licensee: 'Acme 贸易',
        edition: 'erp',
        modules: ['orders', 'knowledge'],
        seats: 2,
        issuedAt: today(),
        updatesUntil: '2099-12-31',
        supportUntil: '2099-06-30',
        keyId: devKey.keyId,
      },
    });

    // The app of this build, on today's clock, with the keyring of development.
    const t = await setupCore({ clock: createClock(Date.now()) });
    const status = await t.call('license.activate', { key: readFileSync(file, 'utf8') });
    expect(status).toMatchObject({
      kind: 'licensed',
      edition: 'erp',
      addOns: ['orders', 'knowledge'],
      seats: { total: 2 },
    });
    expect(status.releaseDate).toBe(RELEASE_DATE);
  });

  test('inspect takes the key itself, even pasted in pieces', async () => {
    const key = (await license(VALID_ISSUE)).stdout.trim();
    expect((await license(['inspect', key])).code).toBe(0);
    expect((await license(['inspect', key.slice(0, 50), key.slice(50)])).code).toBe(0);
  });

  test('inspect explains a refused key and exits 2', async () => {
    const key = (await license(VALID_ISSUE)).stdout.trim();
    const [prefix, keyId, payloadText, signature] = key.split('.') as [string, string, string, string];
    const claims = JSON.parse(Buffer.from(payloadText, 'base64url').toString('utf8'));
    const raised = Buffer.from(JSON.stringify({ ...claims, seats: 999 })).toString('base64url');
    const tampered = await license(['inspect', [prefix, keyId, raised, signature].join('.')]);
    expect(tampered.code).toBe(2);
    const report = JSON.parse(tampered.stdout);
    expect(report).toMatchObject({
      valid: false,
      reason: { code: 'LICENSE_SIGNATURE' },
      unverifiedPayload: { seats: 999 },
    });
    expect(tampered.stderr).toMatch(/refused: LICENSE_SIGNATURE/);

    const garbage = await license(['inspect', 'not a key']);
    expect(garbage.code).toBe(2);
    expect(JSON.parse(garbage.stdout)).toMatchObject({
      valid: false,
      reason: { code: 'LICENSE_MALFORMED' },
      unverifiedPayload: null,
    });

    const expired = await license([
      'inspect',
      (await license([...VALID_ISSUE.slice(0, -2), '--updates-until', '2000-01-01'])).stdout.trim(),
    ]);
    expect(expired.code).toBe(2);
    expect(JSON.parse(expired.stdout)).toMatchObject({
      reason: { code: 'LICENSE_UPDATES_ENDED', details: { updatesUntil: '2000-01-01' } },
      payload: { updatesUntil: '2000-01-01' },
    });
  });

  test('a new vendor key is unknown until the keyring holds it (CRM_LICENSE_KEYRING)', async () => {
    const dir = join(work, 'second');
    expect((await license(['keygen', '--out', dir])).code).toBe(0);
    const issued = await license([
      ...ISSUE,
      '--private-key',
      join(dir, 'private.pem'),
      '--seats',
      '1',
      '--updates-until',
      '2099-01-01',
    ]);
    expect(issued.code).toBe(0);
    expect(issued.stderr).toMatch(/not in this app's keyring/);
    const key = issued.stdout.trim();
    const unknown = await license(['inspect', key]);
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stdout).reason.code).toBe('LICENSE_UNKNOWN_KEY');
    const known = await license(['inspect', key], { CRM_LICENSE_KEYRING: join(dir, 'public.pem') });
    expect(known.code).toBe(0);
    const production = await license(['inspect', key], {
      CRM_LICENSE_KEYRING: join(dir, 'public.pem'),
      NODE_ENV: 'production',
    });
    expect(production.code).toBe(2);
  });
});

describe('quote', () => {
  test('prices an order line by line from the price list', async () => {
    const quoted = await license([
      'quote',
      '--edition',
      'erp',
      '--seats',
      '5',
      '--modules',
      'orders',
      '--support-years',
      '2',
    ]);
    expect(quoted.code).toBe(0);
    const lines = quoted.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^Edition erp: 5 seats × 2,380\.00 CNY\s+11,900\.00 CNY$/);
    expect(lines[1]).toMatch(/^Add-on orders\s+3,000\.00 CNY$/);
    expect(lines[2]).toMatch(/^Support plan: 5 seats × 2 years × 300\.00 CNY\s+3,000\.00 CNY$/);
    expect(lines[3]).toMatch(/^Upgrade plan: 5 seats × 1 year × 200\.00 CNY\s+1,000\.00 CNY$/);
    expect(lines[4]).toMatch(/^Total\s+18,900\.00 CNY$/);
  });

  test('from another price list file', async () => {
    const file = join(work, 'prices.json');
    writeFileSync(
      file,
      JSON.stringify({
        currency: 'USD',
        minorUnitDigits: 2,
        editionPerSeat: { standard: 1000, aftersales: 2000, erp: 3000, callcenter: 2500 },
        addOn: { orders: 100, knowledge: 100, installation: 100 },
        supportPerSeatYear: 50,
        updatesPerSeatYear: 25,
      }),
    );
    const quoted = await license([
      'quote',
      '--price-list',
      file,
      '--edition',
      'standard',
      '--seats',
      '3',
      '--support-years',
      '0',
      '--update-years',
      '0',
    ]);
    expect(quoted.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/30\.00 USD$/),
      expect.stringMatching(/^Total\s+30\.00 USD$/),
    ]);
    writeFileSync(file, JSON.stringify({ currency: 'USD' }));
    const bad = await license(['quote', '--price-list', file, '--edition', 'standard', '--seats', '3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/prices\.json/);
  });
});

describe('bad arguments get one clear line and exit 2', () => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /usage/],
    ['an unknown command', ['sign'], /unknown command "sign"/],
    ['an unknown option', ['quote', '--edition', 'erp', '--seats', '1', '--discount', '5'], /discount/],
    ['keygen without --out', ['keygen'], /--out is required/],
    ['no seats', [...ISSUE, '--updates-until', '2099-01-01'], /--seats is required/],
    [
      'no licensee',
      [
        'issue',
        '--private-key',
        DEV_PRIVATE_KEY_FILE,
        '--edition',
        'erp',
        '--seats',
        '1',
        '--updates-until',
        '2099-01-01',
      ],
      /--licensee is required/,
    ],
    [
      'zero seats',
      [...ISSUE, '--seats', '0', '--updates-until', '2099-01-01'],
      /--seats must be a whole number from 1/,
    ],
    [
      'seats as words',
      [...ISSUE, '--seats', 'five', '--updates-until', '2099-01-01'],
      /--seats must be a whole number/,
    ],
    [
      'an unknown edition',
      [...ISSUE.slice(0, -1), 'gold', '--seats', '1', '--updates-until', '2099-01-01'],
      /--edition must be one of standard, aftersales, erp, callcenter/,
    ],
    [
      'an edition module as an add-on',
      [...VALID_ISSUE, '--modules', 'inventory'],
      /inventory comes with an edition \(erp\)/,
    ],
    ['an unknown module', [...VALID_ISSUE, '--modules', 'payroll'], /"payroll" is not a module/],
    [
      'a date that does not exist',
      [...ISSUE, '--seats', '1', '--updates-until', '2099-02-30'],
      /--updates-until must be a date as YYYY-MM-DD/,
    ],
    [
      'an expiry already past',
      [...VALID_ISSUE, '--expires', '2001-01-01'],
      /--expires 2001-01-01 is already past/,
    ],
    [
      'a missing private key',
      [...VALID_ISSUE.slice(0, 1), '--private-key', '/nonexistent.pem', ...VALID_ISSUE.slice(3)],
      /cannot read/,
    ],
    ['inspect without a key', ['inspect'], /needs a key/],
    [
      'quote with bad years',
      ['quote', '--edition', 'erp', '--seats', '1', '--support-years', '99'],
      /--support-years must be a whole number from 0 to 10/,
    ],
  ];
  test.each(cases)('%s', async (_name, args, message) => {
    const run = await license(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  test('a public key given as the private key', async () => {
    const publicFile = join(work, 'public-only.pem');
    writeFileSync(publicFile, readFileSync(join(ROOT, 'keys/dev/public.pem')));
    const run = await license([
      ...VALID_ISSUE.slice(0, 1),
      '--private-key',
      publicFile,
      ...VALID_ISSUE.slice(3),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a PEM private key/);
    expect(existsSync(join(work, 'never.crmlicense'))).toBe(false);
  });
});
