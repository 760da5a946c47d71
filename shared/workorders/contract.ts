import { z } from 'zod';
import { page, pageCursor, pageInput, pageLimit } from '../paging';
import { procedure } from '../procedure';
import { productLinkChange } from '../inventory/contract';
import { remoteSession } from '../remote/contract';
import { workOrderSla } from './sla-timers';

const id = z.number().int().positive();
const version = z.number().int().positive();
const epochMs = z.number().int().min(0);

export const WORK_ORDER_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type WorkOrderPriority = (typeof WORK_ORDER_PRIORITIES)[number];

export const WORK_ORDER_STATUSES = [
  'new',
  'assigned',
  'inProgress',
  'waitingOnCustomer',
  'resolved',
  'closed',
] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];
export const OPEN_STATUSES = ['new', 'assigned', 'inProgress', 'waitingOnCustomer'] as const;

export const WORK_ORDER_CHANNELS = ['phone', 'email', 'walkIn', 'remote'] as const;
export type WorkOrderChannel = (typeof WORK_ORDER_CHANNELS)[number];

/**
 * Where a work order may go from each status by `workorders.setStatus`. `assigned` is reached by
 * assigning, never set by hand; a resolved or closed work order is reopened into `inProgress`.
 */
export const STATUS_MOVES: Record<WorkOrderStatus, readonly WorkOrderStatus[]> = {
  new: ['inProgress', 'resolved', 'closed'],
  assigned: ['inProgress', 'waitingOnCustomer', 'resolved', 'closed'],
  inProgress: ['waitingOnCustomer', 'resolved', 'closed'],
  waitingOnCustomer: ['inProgress', 'resolved', 'closed'],
  resolved: ['closed', 'inProgress'],
  closed: ['inProgress'],
};

export const isOpenStatus = (status: WorkOrderStatus) =>
  (OPEN_STATUSES as readonly WorkOrderStatus[]).includes(status);

/** `WO-2026-000123`: the year it was opened and its sequence within that year. */
export const WORK_ORDER_NUMBER = /^WO-\d{4}-\d{6,}$/;

const workOrderFields = {
  subject: z.string().trim().min(1).max(200),
  description: z.string().trim().max(20_000).nullable().optional(),
  contactId: id.nullable().optional(),
  companyId: id.nullable().optional(),
  priority: z.enum(WORK_ORDER_PRIORITIES).optional(),
  category: z.string().trim().min(1).max(60).nullable().optional(),
  /** Left out: the dispatch rules choose (workorders.dispatch.*), or it stays unassigned. */
  assigneeId: id.nullable().optional(),
  dueAt: epochMs.nullable().optional(),
  channel: z.enum(WORK_ORDER_CHANNELS).optional(),
  watcherIds: z.array(id).max(20).optional(),
};

export const workOrderInput = z.object(workOrderFields).strict();
export type WorkOrderInput = z.infer<typeof workOrderInput>;

/** Assignee and status change through their own procedures, which leave a trace in the thread. */
export const workOrderPatch = z.object(workOrderFields).omit({ assigneeId: true }).partial().strict();
export type WorkOrderPatch = z.infer<typeof workOrderPatch>;

const person = z.object({ id, name: z.string() });

export const workOrder = z.object({
  id,
  number: z.string(),
  subject: z.string(),
  description: z.string().nullable(),
  contactId: id.nullable(),
  contactName: z.string().nullable(),
  companyId: id.nullable(),
  companyName: z.string().nullable(),
  priority: z.enum(WORK_ORDER_PRIORITIES),
  category: z.string().nullable(),
  status: z.enum(WORK_ORDER_STATUSES),
  assigneeId: id.nullable(),
  assigneeName: z.string().nullable(),
  watchers: z.array(person),
  dueAt: z.number().int().nullable(),
  channel: z.enum(WORK_ORDER_CHANNELS),
  createdBy: id,
  createdByName: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  /** The first public reply by someone other than its creator. */
  firstResponseAt: z.number().int().nullable(),
  resolvedAt: z.number().int().nullable(),
  closedAt: z.number().int().nullable(),
  replyCount: z.number().int(),
  /** SLA timers, kept by electron/core/modules/workorders/sla. */
  sla: workOrderSla,
  version,
});
export type WorkOrder = z.infer<typeof workOrder>;

export const THREAD_ENTRY_KINDS = ['reply', 'note', 'status', 'assignment'] as const;
export type ThreadEntryKind = (typeof THREAD_ENTRY_KINDS)[number];

/** One line of a work order's thread, oldest first: replies, internal notes and what changed. */
export const threadEntry = z.object({
  id,
  workOrderId: id,
  kind: z.enum(THREAD_ENTRY_KINDS),
  authorId: id,
  authorName: z.string(),
  at: z.number().int(),
  /** reply and note: the text; status and assignment: the reason given, if any. */
  body: z.string().nullable(),
  /** status: the new status; assignment: the new assignee's id as a string, or null. */
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Users named with `@name` in the body, notified once. */
  mentionedIds: z.array(id),
});
export type ThreadEntry = z.infer<typeof threadEntry>;

/**
 * An entry another module adds to a work order's thread through the core's one registration
 * point (context.workOrderThread); a module that registers a source adds its kind here. An entry
 * about a customer hidden from the caller is left out.
 */
export const linkedThreadEntry = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('remoteSession'),
    id,
    at: z.number().int(),
    contactId: id.nullable(),
    session: remoteSession,
  }),
  z.object({ kind: z.literal('productLink'), id, at: z.number().int(), change: productLinkChange }),
]);
export type LinkedThreadEntry = z.infer<typeof linkedThreadEntry>;

/** What a thread lists, oldest first: its own entries and those of other modules. */
export const threadItem = z.union([threadEntry, linkedThreadEntry]);
export type ThreadItem = z.infer<typeof threadItem>;

export const isOwnThreadEntry = (item: ThreadItem): item is ThreadEntry =>
  (THREAD_ENTRY_KINDS as readonly string[]).includes(item.kind);

/** Queues: the left-hand lists of the work-order screen, each with its count. */
export const WORK_ORDER_QUEUES = ['mine', 'unassigned', 'open', 'overdue', 'all'] as const;
export type WorkOrderQueue = (typeof WORK_ORDER_QUEUES)[number];

/** `sla`: the soonest unmet SLA target first (WorkOrderSla.dueAt). */
export const WORK_ORDER_SORTS = ['updated', 'created', 'due', 'priority', 'sla'] as const;
export type WorkOrderSort = (typeof WORK_ORDER_SORTS)[number];

export const workOrderFilter = z
  .object({
    statuses: z.array(z.enum(WORK_ORDER_STATUSES)).max(6).optional(),
    priorities: z.array(z.enum(WORK_ORDER_PRIORITIES)).max(4).optional(),
    assigneeId: id.optional(),
    contactId: id.optional(),
    companyId: id.optional(),
    category: z.string().trim().min(1).max(60).optional(),
    createdFrom: epochMs.optional(),
    createdTo: epochMs.optional(),
    /** Number, subject or description words. */
    text: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type WorkOrderFilter = z.infer<typeof workOrderFilter>;

/** Who takes new work orders that arrive without an assignee. */
export const DISPATCH_RULES = ['manual', 'roundRobin', 'fewestOpen'] as const;
export type DispatchRule = (typeof DISPATCH_RULES)[number];

const dispatchGroup = z.object({
  id: id.optional(),
  name: z.string().trim().min(1).max(60),
  rule: z.enum(DISPATCH_RULES),
  memberIds: z.array(id).max(200),
  /** Categories routed to this group; the first group with no categories takes the rest. */
  categories: z.array(z.string().trim().min(1).max(60)).max(50),
});

export const dispatchSettings = z.object({
  version: z.number().int().min(0),
  groups: z.array(dispatchGroup.extend({ id })).max(20),
});
export type DispatchSettings = z.infer<typeof dispatchSettings>;

const byId = z.object({ id }).strict();
const byVersion = { id, version };

export const workOrdersProcedures = {
  'workorders.create': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    contactRef: 'contactId',
    input: workOrderInput,
    output: workOrder,
  }),
  'workorders.get': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    access: 'read',
    input: byId,
    output: workOrder,
  }),
  'workorders.update': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    input: z.object({ ...byVersion, patch: workOrderPatch }).strict(),
    output: workOrder,
  }),
  'workorders.list': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    access: 'read',
    input: z
      .object({
        queue: z.enum(WORK_ORDER_QUEUES).optional(),
        filter: workOrderFilter.optional(),
        sort: z.enum(WORK_ORDER_SORTS).optional(),
        cursor: pageCursor,
        limit: pageLimit,
      })
      .strict(),
    output: page(workOrder),
  }),
  /** How many work orders each queue holds, for the caller. */
  'workorders.counts': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({}).strict(),
    output: z.object(
      Object.fromEntries(WORK_ORDER_QUEUES.map((queue) => [queue, z.number().int()])) as {
        [Q in WorkOrderQueue]: z.ZodNumber;
      },
    ),
  }),
  /** To a user, or back to nobody (null); a reassignment may give its reason. */
  'workorders.assign': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    input: z
      .object({ ...byVersion, assigneeId: id.nullable(), reason: z.string().trim().max(500).optional() })
      .strict(),
    output: workOrder,
  }),
  'workorders.setStatus': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    input: z.object({ ...byVersion, status: z.enum(WORK_ORDER_STATUSES) }).strict(),
    output: workOrder,
  }),
  /** A reply (the customer may hear of it) or an internal note; no version: replies never clash. */
  'workorders.reply': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    input: z
      .object({ id, body: z.string().trim().min(1).max(20_000), internal: z.boolean().optional() })
      .strict(),
    output: threadEntry,
  }),
  'workorders.thread': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    access: 'read',
    input: pageInput({ id }),
    output: page(threadItem),
  }),
  'workorders.dispatch.get': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({}).strict(),
    output: dispatchSettings,
  }),
  'workorders.dispatch.save': procedure({
    module: 'workorders',
    lowestRole: 'admin',
    input: z
      .object({ version: z.number().int().min(0), groups: z.array(dispatchGroup.strict()).max(20) })
      .strict(),
    output: dispatchSettings,
  }),
};
