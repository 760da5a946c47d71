import type { WorkOrderFilter } from '../../../shared/workorders/contract';
import type { SavedView } from '../../../shared/workorders/views';
import { NO_FILTER, type FilterValues } from '../queueFilter';
import { localDay } from '../reports/reportRange';

/**
 * The filter bar as a saved view sets it. A customer the view names that is gone (or hidden from
 * this user) is left out, so the view still opens; `missingCustomer` says so.
 */
export function filterValuesOf(view: Pick<SavedView, 'filter' | 'contactName'>): {
  values: FilterValues;
  missingCustomer: boolean;
} {
  const filter: WorkOrderFilter = view.filter;
  const missingCustomer = filter.contactId !== undefined && view.contactName === null;
  const values: FilterValues = {
    ...NO_FILTER,
    statuses: filter.statuses ?? [],
    priorities: filter.priorities ?? [],
    assigneeId: filter.assigneeId === undefined ? null : String(filter.assigneeId),
    customer:
      filter.contactId === undefined || view.contactName === null
        ? null
        : { id: filter.contactId, name: view.contactName, companyId: null },
    category: filter.category ?? '',
    createdFrom: filter.createdFrom === undefined ? '' : localDay(new Date(filter.createdFrom)),
    // Stored as the last instant of the range's last day.
    createdTo: filter.createdTo === undefined ? '' : localDay(new Date(filter.createdTo)),
    text: filter.text ?? '',
  };
  return { values, missingCustomer };
}
