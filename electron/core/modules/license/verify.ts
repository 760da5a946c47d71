import { verify } from 'node:crypto';
import { CrmError } from '../../../../shared/errors';
import { decodePayload, formatLicenseText, parseLicenseText } from '../../../../shared/license/key-text';
import type { LicensePayload } from '../../../../shared/license/payload';
import type { Keyring } from './keyring';

export interface VerifiedLicense {
  payload: LicensePayload;
  /** The key as it is stored: the pasted text without its spaces and line breaks. */
  text: string;
}

/**
 * Reads a key in the one order that trusts nothing unverified: split the text, look the key id
 * up as a plain string, check the Ed25519 signature over the payload bytes exactly as received,
 * and only then parse the payload. Throws CrmError with a LICENSE_* code.
 */
export function verifyLicenseText(text: string, keyring: Keyring): VerifiedLicense {
  const envelope = parseLicenseText(text);
  const publicKey = keyring.get(envelope.keyId);
  if (!publicKey) {
    throw new CrmError(
      'LICENSE_UNKNOWN_KEY',
      'This licence key was signed with a key this version of the app does not know.',
      { keyId: envelope.keyId },
    );
  }
  if (!verify(null, envelope.payloadBytes, publicKey, envelope.signature)) {
    throw new CrmError(
      'LICENSE_SIGNATURE',
      'This licence key has been altered, or was not issued by the vendor.',
    );
  }
  const payload = decodePayload(envelope.payloadBytes);
  if (payload.keyId !== envelope.keyId) {
    throw new CrmError(
      'LICENSE_MALFORMED',
      'The key id inside this licence key does not match its signature.',
      {
        reason: 'key-id',
      },
    );
  }
  return { payload, text: formatLicenseText(envelope) };
}
