import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EvaluationContext } from '../../../electron/core/modules/license/evaluate';
import { keyIdOf, type Keyring } from '../../../electron/core/modules/license/keyring';
import type { LicenseOptions } from '../../../electron/core/modules/license/service';
import { formatLicenseText } from '../../../shared/license/key-text';
import type { LicensePayload } from '../../../shared/license/payload';
import { signLicense } from '../../../scripts/lib/license-keys';
import { START } from '../core/helpers';

export const DEV_PRIVATE_KEY_FILE = fileURLToPath(new URL('../../../keys/dev/private.pem', import.meta.url));
export const DEV_PUBLIC_KEY_FILE = fileURLToPath(new URL('../../../keys/dev/public.pem', import.meta.url));

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
}

function signingKey(privateKey: KeyObject, publicKey: KeyObject): SigningKey {
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/** The development key of keys/dev/, which the test keyring trusts. */
export const devKey: SigningKey = (() => {
  const privateKey = createPrivateKey(readFileSync(DEV_PRIVATE_KEY_FILE, 'utf8'));
  return signingKey(privateKey, createPublicKey(privateKey));
})();

export function newSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return signingKey(privateKey, publicKey);
}

/** A second vendor key the test keyring also trusts. */
export const otherTrustedKey = newSigningKey();
/** A key pair nobody trusts: a forger's. */
export const forgerKey = newSigningKey();

export const keyringOf = (...keys: SigningKey[]): Keyring =>
  new Map(keys.map((key) => [key.keyId, key.publicKey]));

export const testKeyring = keyringOf(devKey, otherTrustedKey);

/** The test cores' release day: before START, so keys issued at START cover it. */
export const RELEASE = '2025-01-01';

export const licenseOptions = (extra: Partial<LicenseOptions> = {}): Partial<LicenseOptions> => ({
  keyring: testKeyring,
  releaseDate: RELEASE,
  revoked: new Set(),
  ...extra,
});

export function evaluationContext(extra: Partial<EvaluationContext> = {}): EvaluationContext {
  return {
    now: START,
    releaseDate: RELEASE,
    lastSeen: null,
    revoked: new Set(),
    keyring: testKeyring,
    ...extra,
  };
}

let serial = 0;

/** A valid payload for the dev key, issued on START's day, changed by `overrides`. */
export function payload(overrides: Partial<LicensePayload> = {}, key: SigningKey = devKey): LicensePayload {
  serial += 1;
  return {
    licenseId: `TEST-${serial}`,
    licensee: 'Acme Trading',
    edition: 'erp',
    modules: [],
    seats: 5,
    issuedAt: '2025-01-06',
    updatesUntil: '2026-01-06',
    supportUntil: '2025-07-06',
    keyId: key.keyId,
    ...overrides,
  };
}

/** A key signed by `key` (the dev key unless given), for a payload changed by `overrides`. */
export function issue(overrides: Partial<LicensePayload> = {}, key: SigningKey = devKey): string {
  return signLicense(key.privateKey, payload(overrides, key));
}

/** Signs arbitrary payload bytes under a key id, as a forger or a buggy issuer might. */
export function signBytes(payloadBytes: Uint8Array, key: SigningKey, keyId = key.keyId): string {
  return formatLicenseText({ keyId, payloadBytes, signature: sign(null, payloadBytes, key.privateKey) });
}

/** Signs any JSON value as a payload. */
export const signJson = (value: unknown, key: SigningKey = devKey): string =>
  signBytes(new TextEncoder().encode(JSON.stringify(value)), key);
