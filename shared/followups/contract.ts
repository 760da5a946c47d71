import { z } from 'zod';
import { page, pageInput, pageLimit } from '../paging';
import { procedure } from '../procedure';
import { timeZone } from '../time-zone';

const id = z.number().int().positive();
const version = z.number().int().positive();
const epochMs = z.number().int().min(0);

export const FOLLOWUP_KINDS = ['call', 'visit', 'email', 'note', 'task'] as const;
export type FollowupKind = (typeof FOLLOWUP_KINDS)[number];

const followupFields = {
  kind: z.enum(FOLLOWUP_KINDS),
  subject: z.string().trim().min(1).max(200),
  body: z.string().trim().max(10_000).nullable().optional(),
  contactId: id.nullable().optional(),
  companyId: id.nullable().optional(),
  /** Required except for notes, which record something rather than plan it. */
  dueAt: epochMs.nullable().optional(),
  /** The caller when left out. */
  assigneeId: id.optional(),
};

/** The rules a follow-up obeys after create or update; the core checks them on the merged result too. */
export function followupIssues(f: {
  kind: FollowupKind;
  contactId?: number | null;
  companyId?: number | null;
  dueAt?: number | null;
}): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  if (f.contactId == null && f.companyId == null) {
    issues.push({ path: ['contactId'], message: 'a contact or a company is required' });
  }
  if (f.dueAt == null && f.kind !== 'note')
    issues.push({ path: ['dueAt'], message: 'a due time is required' });
  return issues;
}

export const followupInput = z
  .object(followupFields)
  .strict()
  .superRefine((f, ctx) => {
    for (const issue of followupIssues(f)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type FollowupInput = z.infer<typeof followupInput>;

export const followupPatch = z.object(followupFields).partial().strict();
export type FollowupPatch = z.infer<typeof followupPatch>;

export const followup = z.object({
  id,
  kind: z.enum(FOLLOWUP_KINDS),
  subject: z.string(),
  body: z.string().nullable(),
  contactId: id.nullable(),
  companyId: id.nullable(),
  dueAt: z.number().int().nullable(),
  assigneeId: id,
  assigneeName: z.string(),
  done: z.boolean(),
  doneAt: z.number().int().nullable(),
  createdBy: id,
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  version,
});
export type Followup = z.infer<typeof followup>;

const byVersion = z.object({ id, version }).strict();

export const followupsProcedures = {
  'followups.create': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    contactRef: 'contactId',
    input: followupInput,
    output: followup,
  }),
  'followups.update': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    input: z.object({ id, version, patch: followupPatch }).strict(),
    output: followup,
  }),
  'followups.complete': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    input: z.object({ id, version, done: z.boolean() }).strict(),
    output: followup,
  }),
  'followups.delete': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    input: byVersion,
    output: z.object({ id }),
  }),
  'followups.listForContact': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    contactRef: 'contactId',
    input: pageInput({ contactId: id }),
    output: page(followup),
  }),
  /**
   * The caller's open follow-ups with a due time: overdue (due before now), today (from now to
   * the end of the caller's day in `timeZone`) and upcoming, each soonest first, at most `limit`.
   */
  'followups.mine': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ timeZone, limit: pageLimit }).strict(),
    output: z.object({
      overdue: z.array(followup),
      today: z.array(followup),
      upcoming: z.array(followup),
    }),
  }),
};
