import {
  isOpenStatus,
  type WorkOrder,
  type WorkOrderFilter,
  type WorkOrderPriority,
  type WorkOrderStatus,
} from '../../shared/workorders/contract';
import type { PickedContact } from '../deals/form/ContactPicker';

/** The filter bar as the user set it: text as typed, dates as `YYYY-MM-DD` local days. */
export interface FilterValues {
  statuses: WorkOrderStatus[];
  priorities: WorkOrderPriority[];
  assigneeId: string | null;
  customer: PickedContact | null;
  category: string;
  createdFrom: string;
  createdTo: string;
  text: string;
}

export const NO_FILTER: FilterValues = {
  statuses: [],
  priorities: [],
  assigneeId: null,
  customer: null,
  category: '',
  createdFrom: '',
  createdTo: '',
  text: '',
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A local calendar day's first instant, or its next day's first (the end of a range); null if not a day. */
function localDay(day: string, next: boolean): number | null {
  const match = DAY.exec(day);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + (next ? 1 : 0)).getTime();
}

/** What `workorders.list` is asked for; blank and malformed parts are left out. */
export function filterOf(values: FilterValues): WorkOrderFilter {
  const filter: WorkOrderFilter = {};
  if (values.statuses.length > 0) filter.statuses = values.statuses;
  if (values.priorities.length > 0) filter.priorities = values.priorities;
  if (values.assigneeId !== null) filter.assigneeId = Number(values.assigneeId);
  if (values.customer) filter.contactId = values.customer.id;
  if (values.category.trim() !== '') filter.category = values.category.trim();
  const from = localDay(values.createdFrom, false);
  if (from !== null) filter.createdFrom = from;
  // The range includes its last day: up to the last instant before the next one.
  const to = localDay(values.createdTo, true);
  if (to !== null) filter.createdTo = to - 1;
  if (values.text.trim() !== '') filter.text = values.text.trim();
  return filter;
}

export function filterCount(values: FilterValues): number {
  return Object.keys(filterOf(values)).filter((key) => key !== 'text').length;
}

/** Open and due before the client's now. */
export function isOverdue(workOrder: Pick<WorkOrder, 'dueAt' | 'status'>, now: number): boolean {
  return workOrder.dueAt !== null && workOrder.dueAt < now && isOpenStatus(workOrder.status);
}
