import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { keyIdOf } from '../../electron/core/modules/license/keyring';
import { encodePayload, formatLicenseText } from '../../shared/license/key-text';
import type { LicensePayload } from '../../shared/license/payload';

/**
 * The vendor's side of licence keys: making key pairs and signing. It lives with the vendor
 * tool, not in the app, which only ever verifies.
 */
export interface KeyPairPem {
  keyId: string;
  privatePem: string;
  publicPem: string;
}

export function generateLicenseKeyPair(): KeyPairPem {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    keyId: keyIdOf(publicKey),
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** An Ed25519 private key from PEM text; throws an Error naming what is wrong. */
export function readPrivateKey(pem: string, source: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new Error(`${source} is not a PEM private key`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${source} is a ${key.asymmetricKeyType ?? 'unknown'} key; licence keys are Ed25519`);
  }
  return key;
}

export const keyIdOfPrivateKey = (privateKey: KeyObject): string => keyIdOf(createPublicKey(privateKey));

/** Signs the payload's bytes and gives the key's text form. */
export function signLicense(privateKey: KeyObject, payload: LicensePayload): string {
  const payloadBytes = encodePayload(payload);
  return formatLicenseText({
    keyId: payload.keyId,
    payloadBytes,
    signature: sign(null, payloadBytes, privateKey),
  });
}
