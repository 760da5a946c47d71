import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DEVELOPMENT_PUBLIC_KEYS, VENDOR_PUBLIC_KEYS } from './vendor-keys';

/** Public keys that may sign licences, by key id. */
export type Keyring = ReadonlyMap<string, KeyObject>;

/** A key's id: the first 16 hex digits of the SHA-256 of its SPKI DER encoding. */
export function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

const PEM_BLOCK = /-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g;

/** A keyring of every Ed25519 public key in PEM text; anything else in it is an error. */
export function keyringFromPem(text: string, source: string): Keyring {
  const blocks = text.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new Error(`${source}: no PEM public key (-----BEGIN PUBLIC KEY-----) found`);
  const keyring = new Map<string, KeyObject>();
  for (const block of blocks) {
    let key: KeyObject;
    try {
      key = createPublicKey(block);
    } catch {
      throw new Error(`${source}: a PEM block is not a readable public key`);
    }
    if (key.asymmetricKeyType !== 'ed25519') {
      throw new Error(`${source}: licence keys are Ed25519, found ${key.asymmetricKeyType ?? 'unknown'}`);
    }
    keyring.set(keyIdOf(key), key);
  }
  return keyring;
}

export interface KeyringEnvironment {
  /** A packaged app or a production build: only the vendor's keys, no override. */
  production: boolean;
  /** `CRM_LICENSE_KEYRING`: a PEM file whose keys replace the keyring outside production. */
  keyringFile?: string;
}

/**
 * The keyring the app trusts. Production builds hold the vendor's keys only: the development
 * key (whose private half is in the repository) and `CRM_LICENSE_KEYRING` are for development
 * and tests, and are ignored when `production` is set.
 */
export function appKeyring(environment: KeyringEnvironment): Keyring {
  if (!environment.production && environment.keyringFile) {
    const file = environment.keyringFile;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`CRM_LICENSE_KEYRING: cannot read ${file}`);
    }
    return keyringFromPem(text, `CRM_LICENSE_KEYRING (${file})`);
  }
  const embedded = environment.production
    ? VENDOR_PUBLIC_KEYS
    : { ...VENDOR_PUBLIC_KEYS, ...DEVELOPMENT_PUBLIC_KEYS };
  return new Map(Object.entries(embedded).map(([id, pem]) => [id, createPublicKey(pem)]));
}

/**
 * Whether this build was made for production. Spelled `process.env.NODE_ENV` in full because a
 * bundler's define replaces exactly that expression: the office host's bundle compiles it to
 * 'production', whatever the environment of the process that runs it says.
 */
const BUILT_FOR_PRODUCTION = process.env.NODE_ENV === 'production';

/**
 * Production is a packaged app (Electron main passes `app.isPackaged`), a build that compiles
 * NODE_ENV=production in (the office host), or a process run with NODE_ENV=production.
 * Everything else is development.
 */
export function keyringEnvironment(
  packaged: boolean,
  env: NodeJS.ProcessEnv = process.env,
): KeyringEnvironment {
  return {
    production: packaged || BUILT_FOR_PRODUCTION || env.NODE_ENV === 'production',
    keyringFile: env.CRM_LICENSE_KEYRING,
  };
}
