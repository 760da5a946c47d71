import { z } from 'zod';
import { ADD_ON_MODULES, EDITION_IDS } from '../catalogue';
import { calendarDate } from './dates';

export const MAX_SEATS = 100_000;

/** A vendor key's id: the first 16 hex digits of the SHA-256 of its public key (SPKI DER). */
export const keyId = z.string().regex(/^[0-9a-f]{16}$/, '16 lowercase hex digits');

export const licenseId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, 'letters, digits and -, at most 64');

/**
 * What a licence key says, once its signature has checked. Strict: a field this build does not
 * know makes the key unreadable rather than silently ignored.
 */
export const licensePayload = z
  .object({
    licenseId,
    licensee: z.string().trim().min(1).max(200),
    edition: z.enum(EDITION_IDS),
    /** Add-ons bought on top of the edition; an edition's own modules come with it. */
    modules: z
      .array(z.enum(ADD_ON_MODULES))
      .max(ADD_ON_MODULES.length)
      .refine((list) => new Set(list).size === list.length, 'each add-on once'),
    seats: z.number().int().min(1).max(MAX_SEATS),
    issuedAt: calendarDate,
    /** Only subscriptions expire; a perpetual licence has no expiry. */
    expiresAt: calendarDate.optional(),
    /** Builds released up to this day run with the key forever. */
    updatesUntil: calendarDate,
    /** Absent when no support plan was bought. */
    supportUntil: calendarDate.optional(),
    keyId,
  })
  .strict();
export type LicensePayload = z.infer<typeof licensePayload>;
