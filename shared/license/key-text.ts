import { CrmError } from '../errors';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { licensePayload, type LicensePayload } from './payload';

/**
 * A licence key as text: `CRM1.<key id>.<base64url payload JSON>.<base64url signature>`.
 * The key id travels outside the payload so the public key can be found before anything in
 * the payload is read; the signature covers the payload bytes exactly as they are in the key.
 * A licence file (`.crmlicense`) holds the same text.
 */
export const LICENSE_PREFIX = 'CRM1';
export const LICENSE_FILE_EXTENSION = '.crmlicense';

/** Far more than any real key (about 600 characters); longer text is refused unread. */
export const MAX_LICENSE_TEXT = 16 * 1024;
const MAX_PAYLOAD_BYTES = 4096;
const SIGNATURE_BYTES = 64;

export interface LicenseEnvelope {
  /** Only a name to look the public key up by; nothing else is trusted before verification. */
  keyId: string;
  payloadBytes: Uint8Array;
  signature: Uint8Array;
}

function malformed(message: string, details: Record<string, unknown>): CrmError {
  return new CrmError('LICENSE_MALFORMED', message, details);
}

/** Splits pasted text into its parts; spaces and line breaks anywhere in it are ignored. */
export function parseLicenseText(text: string): LicenseEnvelope {
  if (text.length > MAX_LICENSE_TEXT) {
    throw malformed('This is far too long to be a licence key.', {
      reason: 'too-long',
      limit: MAX_LICENSE_TEXT,
    });
  }
  const parts = text.replace(/\s+/g, '').split('.');
  if (parts.length !== 4 || parts[0] !== LICENSE_PREFIX) {
    throw malformed(`This is not a licence key: a key starts with "${LICENSE_PREFIX}." and has four parts.`, {
      reason: 'shape',
    });
  }
  const [, keyId, payloadText, signatureText] = parts as [string, string, string, string];
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(keyId)) {
    throw malformed('The key id of this licence key is unreadable.', { reason: 'key-id' });
  }
  const payloadBytes = decodeBase64Url(payloadText);
  if (!payloadBytes || payloadBytes.length === 0 || payloadBytes.length > MAX_PAYLOAD_BYTES) {
    throw malformed('The content of this licence key is damaged or incomplete.', { reason: 'payload' });
  }
  const signature = decodeBase64Url(signatureText);
  if (!signature || signature.length !== SIGNATURE_BYTES) {
    throw malformed('The signature of this licence key is damaged or incomplete.', { reason: 'signature' });
  }
  return { keyId, payloadBytes, signature };
}

export function formatLicenseText(envelope: LicenseEnvelope): string {
  return [
    LICENSE_PREFIX,
    envelope.keyId,
    encodeBase64Url(envelope.payloadBytes),
    encodeBase64Url(envelope.signature),
  ].join('.');
}

/** The payload's JSON value, unchecked: for showing what a refused key claims, never for trusting it. */
export function readPayloadJson(payloadBytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payloadBytes));
  } catch {
    throw malformed('The content of this licence key is not readable.', { reason: 'json' });
  }
}

/** Reads a payload whose signature has been verified; a signed but unreadable one is still refused. */
export function decodePayload(payloadBytes: Uint8Array): LicensePayload {
  const parsed = licensePayload.safeParse(readPayloadJson(payloadBytes));
  if (!parsed.success) {
    throw malformed('This licence key lacks information this version of the app needs.', {
      reason: 'fields',
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String),
        message: issue.message,
      })),
    });
  }
  return parsed.data;
}

/** The payload bytes a vendor signs: the JSON of the payload, in UTF-8. */
export function encodePayload(payload: LicensePayload): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(payload));
}
