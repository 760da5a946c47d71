import type { LinkedThreadEntry, ThreadItem } from '../../../../shared/workorders/contract';
import { createFeed } from '../timeline/registry';

/** The work order's own entries, and one key per module that adds its own (shared/workorders). */
export type ThreadSourceKey = 'workorder' | LinkedThreadEntry['kind'];

/**
 * The registration point of work-order threads: the workorders module registers its own entries,
 * another module (remote sessions) its entries about a work order, and neither knows the other.
 */
export const createWorkOrderThread = () => createFeed<ThreadItem, ThreadSourceKey>('oldestFirst');

export type WorkOrderThread = ReturnType<typeof createWorkOrderThread>;
