import { z } from 'zod';
import { procedure } from '../procedure';
import { ROLES } from '../roles';

const text = (max: number) => z.string().trim().min(1).max(max);

export const username = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'letters, digits, and . _ @ - only');

export const password = z.string().min(8).max(256);

export const user = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
});
export type User = z.infer<typeof user>;

export const company = z.object({ id: z.number().int(), name: z.string() });

const sessionResult = z.object({ token: z.string(), user, company });
export type SessionResult = z.infer<typeof sessionResult>;

export const authProcedures = {
  'auth.status': procedure({
    module: 'core',
    lowestRole: null,
    input: z.object({}).strict(),
    output: z.object({ setupDone: z.boolean() }),
  }),
  'auth.setup': procedure({
    module: 'core',
    lowestRole: null,
    input: z.object({ companyName: text(200), ownerName: text(200), username, password }).strict(),
    output: sessionResult,
  }),
  'auth.login': procedure({
    module: 'core',
    lowestRole: null,
    input: z
      .object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) })
      .strict(),
    output: sessionResult,
  }),
  'auth.me': procedure({
    module: 'core',
    lowestRole: 'staff',
    input: z.object({}).strict(),
    output: z.object({ user, company }),
  }),
  /** Signs the user out of every other session; this one stays. */
  'auth.changePassword': procedure({
    module: 'core',
    lowestRole: 'staff',
    input: z.object({ currentPassword: z.string().min(1).max(256), newPassword: password }).strict(),
    output: z.object({ ok: z.literal(true) }),
  }),
  'auth.logout': procedure({
    module: 'core',
    lowestRole: 'staff',
    input: z.object({}).strict(),
    output: z.object({ ok: z.literal(true) }),
  }),
};
