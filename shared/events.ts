import { z } from 'zod';
import { call, callerMatch } from './calls/contract';
import { IMPORT_STATUSES, importProgress } from './contacts/transfer-contract';
import { CUSTOM_FIELD_ENTITIES } from './custom-fields/contract';
import { FOLLOWUP_KINDS } from './followups/contract';
import { INSTALLATION_STATUSES } from './installation/contract';
import { LICENSE_KINDS } from './license/contract';
import { WORK_ORDER_STATUSES } from './workorders/contract';
import { SLA_TARGETS } from './workorders/sla-timers';

const schemas = {
  'contact.changed': z.object({
    id: z.number().int(),
    action: z.enum(['created', 'updated', 'deleted', 'restored']),
    version: z.number().int(),
  }),
  'user.changed': z.object({
    id: z.number().int(),
    action: z.enum(['created', 'updated', 'deactivated', 'reactivated']),
    version: z.number().int(),
  }),
  /** Many contacts changed at once (an import, its undo): lists reload instead of one event each. */
  'contacts.changedInBulk': z.object({ reason: z.enum(['import', 'importUndone']) }),
  'followup.changed': z.object({
    id: z.number().int(),
    action: z.enum(['created', 'updated', 'completed', 'reopened', 'deleted']),
    version: z.number().int(),
    contactId: z.number().int().nullable(),
    companyId: z.number().int().nullable(),
  }),
  /** An import's progress, to the user who started it (shared/contacts/transfer-contract.ts). */
  'import.progress': importProgress.extend({ importId: z.number().int() }),
  /** An import ended (finished, cancelled or failed); its run holds the summary. */
  'import.finished': z.object({ importId: z.number().int(), status: z.enum(IMPORT_STATUSES) }),
  /** A follow-up fell due: its reminder, to its assignee, once. */
  'followup.due': z.object({
    id: z.number().int(),
    kind: z.enum(FOLLOWUP_KINDS),
    subject: z.string(),
    dueAt: z.number().int(),
    contactId: z.number().int().nullable(),
    contactName: z.string().nullable(),
    companyId: z.number().int().nullable(),
    companyName: z.string().nullable(),
  }),
  /** Electron only: the user clicked a follow-up's desktop reminder; the window opens it. */
  'followup.reminderClicked': z.object({
    id: z.number().int(),
    contactId: z.number().int().nullable(),
    companyId: z.number().int().nullable(),
  }),
  /** Electron only: the user clicked a work order's desktop notice; the window opens `/workorders/<id>`. */
  'workorder.notificationClicked': z.object({ id: z.number().int() }),
  /** The company's name or settings changed (shared/company/contract.ts). */
  'company.changed': z.object({ version: z.number().int() }),
  /** The licence was activated: modules, seats and locks may have changed. */
  'license.changed': z.object({ kind: z.enum(LICENSE_KINDS) }),
  'deal.changed': z.object({
    id: z.number().int(),
    action: z.enum(['created', 'updated', 'moved', 'won', 'lost', 'reopened', 'deleted']),
    version: z.number().int(),
    contactId: z.number().int().nullable(),
  }),
  /** The pipeline's stages were added, renamed, reordered or removed. */
  'dealStages.changed': z.object({ version: z.number().int() }),
  /** An entity's custom fields were added, changed, archived or reordered. */
  'customFields.changed': z.object({ entity: z.enum(CUSTOM_FIELD_ENTITIES) }),
  /** A work order was created, edited, assigned, replied to or changed status; to its module's users. */
  'workorder.changed': z.object({
    id: z.number().int(),
    action: z.enum(['created', 'updated', 'assigned', 'status', 'replied']),
    version: z.number().int(),
    status: z.enum(WORK_ORDER_STATUSES),
    assigneeId: z.number().int().nullable(),
    contactId: z.number().int().nullable(),
  }),
  /** A file was attached to a work order or removed from it. */
  'workorder.attachmentsChanged': z.object({ workOrderId: z.number().int() }),
  /** A work order was given to this user: to the assignee only, for the in-app and desktop notice. */
  'workorder.assigned': z.object({
    id: z.number().int(),
    number: z.string(),
    subject: z.string(),
    assigneeId: z.number().int(),
    byId: z.number().int(),
    byName: z.string(),
    reason: z.string().nullable(),
  }),
  /** A work order's SLA target passed unmet: once per work order and target, to owners and admins. */
  'workorder.slaBreached': z.object({
    id: z.number().int(),
    number: z.string(),
    subject: z.string(),
    target: z.enum(SLA_TARGETS),
    dueAt: z.number().int(),
  }),
  /** The SLA settings (business hours, targets) changed; open work orders' timers were recomputed. */
  'workorderSla.changed': z.object({ version: z.number().int() }),
  /** Someone named this user with `@name` in a work order's thread. */
  'workorder.mentioned': z.object({
    id: z.number().int(),
    number: z.string(),
    subject: z.string(),
    entryId: z.number().int(),
    byName: z.string(),
  }),
  /** A saved work-order view was made, changed or deleted: to its owner, and to everyone while it is shared. */
  'workorderView.changed': z.object({
    id: z.number().int(),
    action: z.enum(['created', 'updated', 'deleted']),
  }),
  /** A remote-help session started or ended: timelines and work-order threads that show it refresh. */
  'remoteSession.changed': z.object({
    id: z.number().int(),
    contactId: z.number().int().nullable(),
    workOrderId: z.number().int().nullable(),
    version: z.number().int(),
  }),
  /** The company's remote-help tool profiles changed. */
  'remoteSettings.changed': z.object({ version: z.number().int() }),
  /** An incoming call rings at its agent's phone: the screen pop, to that agent only. */
  'call.ringing': z.object({ call, matches: z.array(callerMatch) }),
  /** A call was logged, picked up, hung up or edited: call lists and the daily report reload. */
  'call.changed': z.object({
    id: z.number().int(),
    action: z.enum(['dialled', 'rang', 'answered', 'ended', 'updated']),
    version: z.number().int(),
  }),
  /** A knowledge article or category changed: lists, pickers and suggestions reload. */
  'knowledge.changed': z.object({
    kind: z.enum(['article', 'category']),
    action: z.enum(['created', 'updated', 'archived', 'restored', 'deleted']),
    id: z.number().int(),
    /** null once deleted. */
    version: z.number().int().nullable(),
  }),
  /** A product of the catalogue was added, edited, archived or restored: lists and pickers reload. */
  'product.changed': z.object({
    id: z.number().int(),
    action: z.enum(['created', 'updated', 'archived', 'restored']),
    version: z.number().int(),
  }),
  /** A product was linked to a work order, or its link changed or went: its card and thread reload. */
  'workorder.productsChanged': z.object({ workOrderId: z.number().int() }),
  /** Products' stock changed (stock ledger, shared/inventory/stock.ts): the stock inquiry reloads them. */
  'stock.changed': z.object({ productIds: z.array(z.number().int()) }),
  /** A supplier was added, edited, archived or restored: lists and pickers reload. */
  'supplier.changed': z.object({
    id: z.number().int(),
    action: z.enum(['created', 'updated', 'archived', 'restored']),
    version: z.number().int(),
  }),
  /** A purchase order was made, edited, placed, (partly) received or cancelled: lists and its page reload. */
  'purchaseOrder.changed': z.object({
    id: z.number().int(),
    action: z.enum(['created', 'updated', 'placed', 'received', 'cancelled']),
    version: z.number().int(),
  }),
  /** A stocktake was started, counted, posted or cancelled: its list and open count sheets reload. */
  'stocktake.changed': z.object({
    id: z.number().int(),
    action: z.enum(['started', 'counted', 'posted', 'cancelled']),
    version: z.number().int(),
  }),
  /** A sales order was made, edited, moved on a step or took goods back: to who may see its customer. */
  'order.changed': z.object({
    id: z.number().int(),
    action: z.enum(['created', 'updated', 'confirmed', 'fulfilled', 'cancelled', 'returned']),
    version: z.number().int(),
  }),
  /** An installation job was booked, edited or changed status: calendars and its customer's timeline follow. */
  'installation.changed': z.object({
    id: z.number().int(),
    action: z.enum(['created', 'updated', 'status']),
    version: z.number().int(),
    status: z.enum(INSTALLATION_STATUSES),
    technicianId: z.number().int(),
    contactId: z.number().int().nullable(),
  }),
};
export type EventName = keyof typeof schemas;
export type EventData<N extends EventName> = z.infer<(typeof schemas)[N]>;

/** Server push events (DESIGN §2): name -> payload schema; `events[name]` keeps its event's type. */
export const events: { [N in EventName]: z.ZodType<EventData<N>> } = schemas;
