import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterEach, describe, expect, test } from 'vitest';
import {
  appKeyring,
  keyIdOf,
  keyringEnvironment,
  keyringFromPem,
} from '../../../electron/core/modules/license/keyring';
import {
  DEVELOPMENT_PUBLIC_KEYS,
  VENDOR_PUBLIC_KEYS,
} from '../../../electron/core/modules/license/vendor-keys';
import { keyIdOfPrivateKey, readPrivateKey } from '../../../scripts/lib/license-keys';
import { closeCores, setupCore } from '../core/helpers';
import { DEV_PRIVATE_KEY_FILE, DEV_PUBLIC_KEY_FILE, devKey, issue, otherTrustedKey } from './keys';

const tempDirs: string[] = [];
afterEach(() => {
  closeCores();
  delete process.env.CRM_LICENSE_KEYRING;
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'crm-keyring-'));
  tempDirs.push(dir);
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const pemOf = (key: typeof otherTrustedKey) =>
  key.publicKey.export({ type: 'spki', format: 'pem' }).toString();

describe('the embedded keyring', () => {
  test('names every key by the hash of its public key', () => {
    for (const [id, pem] of Object.entries({ ...VENDOR_PUBLIC_KEYS, ...DEVELOPMENT_PUBLIC_KEYS })) {
      expect([...keyringFromPem(pem, id).keys()]).toEqual([id]);
    }
  });

  test('holds the public half of keys/dev, and never a private key', () => {
    const devPublic = readFileSync(DEV_PUBLIC_KEY_FILE, 'utf8').trim();
    expect(DEVELOPMENT_PUBLIC_KEYS[devKey.keyId]).toBe(devPublic);
    expect(keyIdOfPrivateKey(readPrivateKey(readFileSync(DEV_PRIVATE_KEY_FILE, 'utf8'), 'dev'))).toBe(
      devKey.keyId,
    );
    for (const pem of Object.values({ ...VENDOR_PUBLIC_KEYS, ...DEVELOPMENT_PUBLIC_KEYS })) {
      expect(pem).not.toMatch(/PRIVATE/);
    }
  });

  test('trusts the development key outside production only', () => {
    expect(appKeyring({ production: false }).has(devKey.keyId)).toBe(true);
    const production = appKeyring({ production: true });
    expect(production.has(devKey.keyId)).toBe(false);
    expect([...production.keys()].sort()).toEqual(Object.keys(VENDOR_PUBLIC_KEYS).sort());
  });

  test('production is a packaged app or NODE_ENV=production', () => {
    expect(keyringEnvironment(true, { NODE_ENV: 'development' }).production).toBe(true);
    expect(keyringEnvironment(false, { NODE_ENV: 'production' }).production).toBe(true);
    expect(keyringEnvironment(false, { NODE_ENV: 'test' }).production).toBe(false);
    expect(keyringEnvironment(false, {}).production).toBe(false);
    expect(keyringEnvironment(false, { CRM_LICENSE_KEYRING: '/k.pem' }).keyringFile).toBe('/k.pem');
  });
});

describe('a bundle built with NODE_ENV=production (the office host)', () => {
  test('is production whatever the environment of the process running it says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-keyring-bundle-'));
    tempDirs.push(dir);
    const outfile = join(dir, 'keyring.mjs');
    await build({
      entryPoints: [new URL('../../../electron/core/modules/license/keyring.ts', import.meta.url).pathname],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const bundled = (await import(pathToFileURL(outfile).href)) as {
      keyringEnvironment: typeof keyringEnvironment;
      appKeyring: typeof appKeyring;
    };
    const environment = bundled.keyringEnvironment(false, {
      NODE_ENV: 'development',
      CRM_LICENSE_KEYRING: '/k.pem',
    });
    expect(environment.production).toBe(true);
    expect(bundled.appKeyring(environment).has(devKey.keyId)).toBe(false);
  });
});

describe('CRM_LICENSE_KEYRING', () => {
  test('replaces the keyring with the PEM public keys of a file, outside production', () => {
    const file = tempFile('ring.pem', `# test keys\n${pemOf(otherTrustedKey)}\nsome note\n${pemOf(devKey)}`);
    const keyring = appKeyring({ production: false, keyringFile: file });
    expect(new Set(keyring.keys())).toEqual(new Set([otherTrustedKey.keyId, devKey.keyId]));
    expect(keyIdOf(keyring.get(otherTrustedKey.keyId)!)).toBe(otherTrustedKey.keyId);
    expect([
      ...appKeyring({ production: false, keyringFile: tempFile('one.pem', pemOf(otherTrustedKey)) }).keys(),
    ]).toEqual([otherTrustedKey.keyId]);
  });

  test('is ignored in production, even when the file is missing', () => {
    const keyring = appKeyring({ production: true, keyringFile: '/nonexistent/ring.pem' });
    expect(keyring.has(devKey.keyId)).toBe(false);
  });

  test('a file that cannot be used is a clear error at start-up', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString();
    const cases = [
      ['/nonexistent/ring.pem', /cannot read/],
      [tempFile('empty.pem', 'nothing here'), /no PEM public key/],
      [tempFile('rsa.pem', rsa), /Ed25519, found rsa/],
      [
        tempFile('bad.pem', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----'),
        /not a readable public key/,
      ],
    ] as const;
    for (const [file, message] of cases) {
      expect(() => appKeyring({ production: false, keyringFile: file }), file).toThrow(message);
    }
  });

  test('a core started with it accepts keys of that file and no others', async () => {
    process.env.CRM_LICENSE_KEYRING = tempFile('ring.pem', pemOf(otherTrustedKey));
    const t = await setupCore({ license: { releaseDate: '2025-01-01' } });
    await t.fail('license.activate', { key: issue() }, 'LICENSE_UNKNOWN_KEY');
    expect((await t.call('license.activate', { key: issue({}, otherTrustedKey) })).kind).toBe('licensed');
  });
});

describe('a core', () => {
  test('in development accepts keys signed with keys/dev', async () => {
    const t = await setupCore({ license: { releaseDate: '2025-01-01' } });
    expect((await t.call('license.activate', { key: issue() })).kind).toBe('licensed');
  });

  test('packaged refuses them', async () => {
    const t = await setupCore({ packaged: true, license: { releaseDate: '2025-01-01' } });
    await t.fail('license.activate', { key: issue() }, 'LICENSE_UNKNOWN_KEY');
  });
});
