import {
  workOrderPatch,
  type WorkOrder,
  type WorkOrderChannel,
  type WorkOrderInput,
  type WorkOrderPatch,
  type WorkOrderPriority,
} from '../../shared/workorders/contract';
import { validationIssues } from '../bridge/CallError';
import { fromDueInput, toDueInput } from '../followups/dueInput';
import {
  fieldErrorsFrom,
  issueMessage,
  pathKey,
  type FieldErrors,
  type IssueLike,
} from '../forms/fieldErrors';
import type { Translatable } from '../i18n/errorMessages';

/** The fields a work order's form edits, as typed; assignee and status have their own actions. */
export interface WorkOrderFormValues {
  subject: string;
  description: string;
  priority: WorkOrderPriority;
  category: string;
  channel: WorkOrderChannel;
  /** A `datetime-local` value, or empty for no due time. */
  due: string;
  watcherIds: string[];
}

export type WorkOrderField = keyof WorkOrderFormValues;
export const WORK_ORDER_FIELDS: readonly WorkOrderField[] = [
  'subject',
  'description',
  'priority',
  'category',
  'channel',
  'due',
  'watcherIds',
];

export const EMPTY_VALUES: WorkOrderFormValues = {
  subject: '',
  description: '',
  priority: 'normal',
  category: '',
  channel: 'phone',
  due: '',
  watcherIds: [],
};

export function valuesOf(workOrder: WorkOrder): WorkOrderFormValues {
  return {
    subject: workOrder.subject,
    description: workOrder.description ?? '',
    priority: workOrder.priority,
    category: workOrder.category ?? '',
    channel: workOrder.channel,
    due: toDueInput(workOrder.dueAt),
    watcherIds: workOrder.watchers.map((watcher) => String(watcher.id)),
  };
}

const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The contract's fields for these values (a due time that is no date is NaN, refused by validation). */
export function fieldsOf(
  values: WorkOrderFormValues,
): Required<Omit<WorkOrderPatch, 'contactId' | 'companyId'>> {
  return {
    subject: values.subject.trim(),
    description: textOrNull(values.description),
    priority: values.priority,
    category: textOrNull(values.category),
    channel: values.channel,
    dueAt: fromDueInput(values.due),
    watcherIds: values.watcherIds.map(Number),
  };
}

/** What a new work order sends: the fields, its customer and, unless left to dispatch, its assignee. */
export function inputOf(
  values: WorkOrderFormValues,
  customer: { contactId: number | null; companyId: number | null },
  assigneeId: string | null,
): WorkOrderInput {
  return {
    ...fieldsOf(values),
    ...customer,
    ...(assigneeId !== null && { assigneeId: Number(assigneeId) }),
  };
}

/** The contract names `dueAt`; the form shows it as `due`. */
const FORM_FIELD: Record<string, WorkOrderField> = { dueAt: 'due' };
const toFormPath = (issue: IssueLike): IssueLike => {
  const [field, ...rest] = issue.path;
  return {
    ...issue,
    path: [FORM_FIELD[String(field)] ?? field, ...rest].filter((part) => part !== undefined),
  };
};

/** The shared schema's rules, keyed by the form's fields. */
export function validateWorkOrder(values: WorkOrderFormValues): FieldErrors {
  const parsed = workOrderPatch.safeParse(fieldsOf(values));
  if (parsed.success) return {};
  return fieldErrorsFrom(parsed.error.issues.map(toFormPath));
}

/** Fields the server checks against other records: a user who left, a customer one may not see. */
const REFERENCE_ERRORS: Record<string, Translatable> = {
  assigneeId: (t) => t('workorders.errors.assigneeInactive'),
  watcherIds: (t) => t('workorders.errors.watcherInactive'),
  contactId: (t) => t('workorders.errors.customerGone'),
  companyId: (t) => t('workorders.errors.customerGone'),
};

/** A refusal's field issues (under `patch` for an update), keyed by the form's fields. */
export function serverFieldErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of validationIssues(error)) {
    const path = issue.path[0] === 'patch' ? issue.path.slice(1) : issue.path;
    const field = String(path[0]);
    const reference = REFERENCE_ERRORS[field];
    const key = reference ? field : pathKey(toFormPath({ path }).path);
    errors[key] ??= reference ?? issueMessage({ path });
  }
  return errors;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const contractKey = (field: WorkOrderField) => (field === 'due' ? 'dueAt' : field);

export function sameFieldValue(
  a: WorkOrderFormValues,
  b: WorkOrderFormValues,
  field: WorkOrderField,
): boolean {
  const key = contractKey(field);
  return same(fieldsOf(a)[key], fieldsOf(b)[key]);
}

/** Only what the user changed, so a save never rewrites what they did not touch. */
export function patchOf(original: WorkOrder, values: WorkOrderFormValues): WorkOrderPatch {
  const before = valuesOf(original);
  const after = fieldsOf(values);
  const patch: WorkOrderPatch = {};
  for (const field of WORK_ORDER_FIELDS) {
    if (!sameFieldValue(before, values, field)) copyField(patch, after, contractKey(field));
  }
  return patch;
}

function copyField<K extends keyof ReturnType<typeof fieldsOf>>(
  patch: WorkOrderPatch,
  fields: ReturnType<typeof fieldsOf>,
  key: K,
): void {
  patch[key] = fields[key];
}
