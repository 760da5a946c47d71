import { z } from 'zod';
import { procedure } from '../procedure';
import { WORK_ORDER_QUEUES, WORK_ORDER_SORTS, workOrderFilter } from './contract';

const id = z.number().int().positive();
const version = z.number().int().positive();

/** How many views one user may keep. */
export const MOST_VIEWS = 50;

export const viewName = z.string().trim().min(1).max(60);

/** Names compare case-folded: "Urgent printers" and "urgent PRINTERS" are one name. */
export const viewNameKey = (name: string) => name.trim().normalize('NFKC').toLocaleLowerCase('en-US');

/** What a view shows: the queue, its filter and its sort, as `workorders.list` takes them. */
const viewQuery = {
  queue: z.enum(WORK_ORDER_QUEUES),
  filter: workOrderFilter,
  sort: z.enum(WORK_ORDER_SORTS),
};

/**
 * A saved view. Personal unless `shared`: an admin may share a view of theirs with everyone,
 * who then see it beside their own but cannot change it.
 */
export const savedView = z.object({
  id,
  name: z.string(),
  ownerId: id,
  ownerName: z.string(),
  shared: z.boolean(),
  ...viewQuery,
  /**
   * The names the filter's ids stand for now, null when the user or customer is gone (or hidden
   * from the caller), so that the view still opens and says what it filtered on.
   */
  assigneeName: z.string().nullable(),
  contactName: z.string().nullable(),
  updatedAt: z.number().int(),
  version,
});
export type SavedView = z.infer<typeof savedView>;

export const workOrderViewsProcedures = {
  /** The caller's views and those shared with everyone, by name. */
  'workorders.views.list': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(savedView) }),
  }),
  'workorders.views.create': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    input: z.object({ name: viewName, ...viewQuery, shared: z.boolean().optional() }).strict(),
    output: savedView,
  }),
  /** Renames, shares or unshares, or stores another query; the owner only. */
  'workorders.views.update': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    input: z
      .object({
        id,
        version,
        patch: z
          .object({ name: viewName, ...viewQuery, shared: z.boolean() })
          .partial()
          .strict(),
      })
      .strict(),
    output: savedView,
  }),
  /** The owner's own; an admin may also delete a view shared with everyone. */
  'workorders.views.delete': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    input: z.object({ id, version }).strict(),
    output: z.object({ id }),
  }),
};
