import { z } from 'zod';
import { FOLLOWUP_KINDS } from '../followups/contract';
import { procedure } from '../procedure';
import { timeZone } from '../time-zone';

const id = z.number().int().positive();
const epochMs = z.number().int();

const actor = z.object({ id, name: z.string() }).nullable();
const contactRef = z.object({ id, name: z.string() });

const followupData = z.object({
  followupId: id,
  followupKind: z.enum(FOLLOWUP_KINDS),
  subject: z.string(),
  /** Null for a follow-up about a company only. */
  contact: contactRef.nullable(),
});

/** One thing that happened lately: who did what, when, to which customer. */
export const activityEntry = z.discriminatedUnion('kind', [
  /** `actor` is the customer's owner: the contact list records no creator. */
  z.object({ kind: z.literal('contact_created'), id, at: epochMs, actor, contact: contactRef }),
  /** One save of a contact: the fields it changed. `id` is the first change row's. */
  z.object({
    kind: z.literal('contact_changed'),
    id,
    at: epochMs,
    actor,
    contact: contactRef,
    fields: z.array(z.string()).min(1),
  }),
  z.object({ kind: z.literal('followup_created'), id, at: epochMs, actor, ...followupData.shape }),
  /** `actor` is the assignee: completion records no one else. */
  z.object({ kind: z.literal('followup_completed'), id, at: epochMs, actor, ...followupData.shape }),
]);
export type ActivityEntry = z.infer<typeof activityEntry>;
export type ActivityKind = ActivityEntry['kind'];

export const RECENT_ACTIVITY_LIMIT = 15;

export const dashboardSummary = z.object({
  /** Customers added (and not in the trash) this month and last month, in the caller's time zone. */
  newCustomers: z.object({
    thisMonth: z.number().int().min(0),
    lastMonth: z.number().int().min(0),
    /** Where this month and last month begin. */
    thisMonthStart: epochMs,
    lastMonthStart: epochMs,
  }),
  /** The latest entries about customers the caller may see, newest first. */
  recent: z.array(activityEntry).max(RECENT_ACTIVITY_LIMIT),
});
export type DashboardSummary = z.infer<typeof dashboardSummary>;

/**
 * The home page's own figures. Follow-ups and the pipeline come from `followups.mine` and
 * `deals.totals`, so each card loads, fails and refreshes on its own.
 */
export const dashboardProcedures = {
  'dashboard.summary': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ timeZone }).strict(),
    output: dashboardSummary,
  }),
};
