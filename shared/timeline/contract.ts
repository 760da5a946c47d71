import { z } from 'zod';
import { call } from '../calls/contract';
import { FOLLOWUP_KINDS } from '../followups/contract';
import { INSTALLATION_STATUSES } from '../installation/contract';
import { SALES_ORDER_STATUSES } from '../orders/contract';
import { page, pageInput } from '../paging';
import { procedure } from '../procedure';
import { REMOTE_OUTCOMES } from '../remote/contract';
import { REMOTE_TOOLS } from '../remote/remote-id';
import { WORK_ORDER_PRIORITIES, WORK_ORDER_STATUSES } from '../workorders/contract';

const id = z.number().int().positive();

const actor = z.object({ id, name: z.string() }).nullable();

/**
 * A stored field value as the contact change log keeps it; a custom field's (field
 * `custom.<id>`) may also be a checkbox's boolean.
 */
export const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
export type FieldValue = z.infer<typeof fieldValue>;

const entryBase = {
  /** Unique within its kind; the renderer keys entries by kind and id. */
  id,
  at: z.number().int(),
  actor,
  /** The contact an entry on a company's timeline concerns, if any: callers who may not see that contact do not see it. */
  contactId: id.nullable().optional(),
};

/** One entry per module's kind; a module that adds a timeline source adds its kind here. */
export const timelineEntry = z.discriminatedUnion('kind', [
  z.object({
    ...entryBase,
    kind: z.literal('followup'),
    data: z.object({
      followupKind: z.enum(FOLLOWUP_KINDS),
      subject: z.string(),
      dueAt: z.number().int().nullable(),
      done: z.boolean(),
    }),
  }),
  z.object({
    ...entryBase,
    kind: z.literal('contact_change'),
    data: z.object({ field: z.string(), oldValue: fieldValue, newValue: fieldValue }),
  }),
  z.object({
    ...entryBase,
    kind: z.literal('deal'),
    /** The deal as it is now (title, amount); the stage and reason as they were at the time. */
    data: z.object({
      dealId: id,
      title: z.string(),
      change: z.enum(['created', 'stage', 'won', 'lost', 'reopened']),
      stageName: z.string(),
      amount: z.number().int(),
      currency: z.string(),
      reason: z.string().nullable(),
    }),
  }),
  z.object({
    ...entryBase,
    kind: z.literal('workorder'),
    /** A work order as it is now, at the time it was opened. */
    data: z.object({
      workOrderId: id,
      number: z.string(),
      subject: z.string(),
      status: z.enum(WORK_ORDER_STATUSES),
      priority: z.enum(WORK_ORDER_PRIORITIES),
    }),
  }),
  z.object({
    ...entryBase,
    kind: z.literal('remoteSession'),
    /** A remote-help session, at its start; ended, with its outcome and notes, once it is over. */
    data: z.object({
      tool: z.enum(REMOTE_TOOLS),
      workOrderId: id.nullable(),
      workOrderNumber: z.string().nullable(),
      endedAt: z.number().int().nullable(),
      outcome: z.enum(REMOTE_OUTCOMES).nullable(),
      notes: z.string().nullable(),
    }),
  }),
  z.object({
    ...entryBase,
    kind: z.literal('installation'),
    /** An installation job as it is now, at the start of its window. */
    data: z.object({
      jobId: id,
      title: z.string(),
      status: z.enum(INSTALLATION_STATUSES),
      startAt: z.number().int(),
      endAt: z.number().int(),
      technicianName: z.string(),
    }),
  }),
  z.object({
    ...entryBase,
    kind: z.literal('call'),
    /** A call with the contact, at its start; with its outcome and times once it has ended. */
    data: call.pick({
      direction: true,
      number: true,
      answeredAt: true,
      endedAt: true,
      durationS: true,
      talkS: true,
      outcome: true,
      notes: true,
    }),
  }),
  z.object({
    ...entryBase,
    kind: z.literal('order'),
    /** A sales order as it is now, at the time it was made. */
    data: z.object({
      orderId: id,
      number: z.string(),
      status: z.enum(SALES_ORDER_STATUSES),
      totalMinor: z.number().int(),
      currency: z.string(),
    }),
  }),
  z.object({
    ...entryBase,
    kind: z.literal('orderReturn'),
    /** Goods of a sales order taken back, when it was recorded. */
    data: z.object({
      orderId: id,
      orderNumber: z.string(),
      number: z.string(),
      totalMinor: z.number().int(),
      currency: z.string(),
    }),
  }),
]);
export type TimelineEntry = z.infer<typeof timelineEntry>;
export type TimelineKind = TimelineEntry['kind'];

export const timelineProcedures = {
  /** Everything that happened to a contact, newest first, from every registered source. */
  'timeline.forContact': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    contactRef: 'contactId',
    input: pageInput({ contactId: id }),
    output: page(timelineEntry),
  }),
  /** Everything that happened to a company, newest first, from every source registered for companies. */
  'timeline.forCompany': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: pageInput({ companyId: id }),
    output: page(timelineEntry),
  }),
};
