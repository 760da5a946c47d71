import { z } from 'zod';
import { ADD_ON_MODULES, EDITION_IDS, MODULES } from '../catalogue';
import { LICENSE_REFUSAL_CODES } from '../errors';
import { MAX_INPUT_BYTES } from '../limits';
import { procedure } from '../procedure';
import { calendarDate } from './dates';

/**
 * - `trial`: a new company, every module, for TRIAL_DAYS.
 * - `licensed`: an activated key that is valid today.
 * - `expired`: the trial or a subscription has ended.
 * - `invalid`: the activated key is refused today (revoked, updates ended, clock set back).
 * In `expired` and `invalid`, data stays readable (procedures with `access: 'read'`) but nothing
 * in a module can be changed.
 */
export const LICENSE_KINDS = ['trial', 'licensed', 'expired', 'invalid'] as const;
export type LicenseKind = (typeof LICENSE_KINDS)[number];

export const licenseRefusal = z.object({
  code: z.enum(LICENSE_REFUSAL_CODES),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type LicenseRefusal = z.infer<typeof licenseRefusal>;

export const licenseStatus = z.object({
  kind: z.enum(LICENSE_KINDS),
  licenseId: z.string().nullable(),
  licensee: z.string().nullable(),
  edition: z.enum(EDITION_IDS).nullable(),
  addOns: z.array(z.enum(ADD_ON_MODULES)),
  /** The modules that can be used now; in `expired` and `invalid` none (their data stays readable). */
  modules: z.array(z.enum(MODULES)),
  seats: z.object({ used: z.number().int().min(0), total: z.number().int().min(1) }),
  issuedAt: calendarDate.nullable(),
  expiresAt: calendarDate.nullable(),
  updatesUntil: calendarDate.nullable(),
  supportUntil: calendarDate.nullable(),
  /** The build's release day, which `updatesUntil` must reach. */
  releaseDate: calendarDate,
  activatedAt: z.number().int().nullable(),
  /** The trial's end (epoch ms) and whole days left, while no key is activated. */
  trialEndsAt: z.number().int().nullable(),
  trialDaysLeft: z.number().int().min(0).nullable(),
  /** Why the activated key (or the clock) is refused today. */
  refusal: licenseRefusal.nullable(),
});
export type LicenseStatus = z.infer<typeof licenseStatus>;

export const licenseProcedures = {
  'license.status': procedure({
    module: 'core',
    lowestRole: 'staff',
    input: z.object({}).strict(),
    output: licenseStatus,
  }),
  'license.activate': procedure({
    module: 'core',
    lowestRole: 'owner',
    // Any text is judged by the key parser, so every refusal of a pasted key has a licence code.
    input: z.object({ key: z.string().max(MAX_INPUT_BYTES) }).strict(),
    output: licenseStatus,
  }),
};
