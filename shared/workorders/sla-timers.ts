import { z } from 'zod';

const instant = z.number().int().nullable();

/**
 * A work order's SLA timers (electron/core/modules/workorders/sla/timers.ts), in UTC epoch ms; a
 * due time is null where its priority has no target.
 */
export const workOrderSla = z.object({
  /** Met by the first public reply from someone other than the creator; a status change is no response. */
  firstResponseDueAt: instant,
  /** Met when resolved; pushed back by the business time spent waiting on the customer. */
  resolutionDueAt: instant,
  /**
   * Since when the resolution clock stands still (waiting on the customer, resolved, closed), or
   * null while it runs; while it stands, the time left is that from here to `resolutionDueAt`.
   */
  pausedAt: instant,
  /** When each target passed unmet, recorded once. */
  firstResponseBreachedAt: instant,
  resolutionBreachedAt: instant,
  /** The soonest unmet target still running: what the SLA sort orders by and the queue highlights. */
  dueAt: instant,
});
export type WorkOrderSla = z.infer<typeof workOrderSla>;

export const SLA_TARGETS = ['firstResponse', 'resolution'] as const;
export type SlaTarget = (typeof SLA_TARGETS)[number];
