import {
  installationInput,
  installationClash,
  type ChecklistItem,
  type InstallationClash,
  type InstallationJob,
  type InstallationPatch,
} from '../../shared/installation/contract';
import { isCallError, validationIssues } from '../bridge/CallError';
import type { PickedContact } from '../deals/form/ContactPicker';
import { fieldErrorsFrom, type FieldErrors } from '../forms/fieldErrors';

/** This computer's zone. */
export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The zone the calendar and the form read days and times in: the company's, since a
 * technician's window is company time; this computer's where the company's is not known.
 */
export const jobTimeZone = (companyTimeZone: string | null): string => companyTimeZone ?? localTimeZone();

/** Whom and what a new job is for, when scheduled from a customer's or a work order's page. */
export interface JobPrefill {
  contact?: PickedContact;
  companyId?: number | null;
  workOrderId?: number;
  title?: string;
  technicianId?: number;
  day?: string;
}

export interface JobFormValues {
  title: string;
  contact: PickedContact | null;
  companyId: number | null;
  workOrderId: number | null;
  technicianId: string;
  day: string;
  startTime: string;
  endTime: string;
  address: string;
  checklist: ChecklistItem[];
  completionNotes: string;
}

export function newJobValues(prefill: JobPrefill, technicianId: number, today: string): JobFormValues {
  return {
    title: prefill.title ?? '',
    contact: prefill.contact ?? null,
    companyId: prefill.contact?.companyId ?? prefill.companyId ?? null,
    workOrderId: prefill.workOrderId ?? null,
    technicianId: String(prefill.technicianId ?? technicianId),
    day: prefill.day ?? today,
    startTime: '09:00',
    endTime: '11:00',
    address: '',
    checklist: [],
    completionNotes: '',
  };
}

export function jobValuesOf(job: InstallationJob): JobFormValues {
  return {
    title: job.title,
    contact:
      job.contactId === null
        ? null
        : { id: job.contactId, name: job.contactName ?? '', companyId: job.companyId },
    companyId: job.companyId,
    workOrderId: job.workOrderId,
    technicianId: String(job.technicianId),
    day: job.day,
    startTime: job.startTime,
    endTime: job.endTime,
    address: job.address ?? '',
    checklist: job.checklist,
    completionNotes: job.completionNotes ?? '',
  };
}

/** The fields the user edits; the company follows the contact, the work order stays. */
export const JOB_FIELDS = [
  'title',
  'contact',
  'technicianId',
  'day',
  'startTime',
  'endTime',
  'address',
  'checklist',
  'completionNotes',
] as const;
export type JobField = (typeof JOB_FIELDS)[number];

/** Each edited field's label key, to name it. */
export const JOB_FIELD_LABELS = {
  title: 'installation.fields.title',
  contact: 'installation.fields.customer',
  technicianId: 'installation.fields.technician',
  day: 'installation.fields.day',
  startTime: 'installation.fields.startTime',
  endTime: 'installation.fields.endTime',
  address: 'installation.fields.address',
  checklist: 'installation.fields.checklist',
  completionNotes: 'installation.fields.completionNotes',
} as const satisfies Record<JobField, string>;

export function sameJobValue(a: JobFormValues, b: JobFormValues, field: JobField): boolean {
  if (field === 'contact') return a.contact?.id === b.contact?.id;
  return JSON.stringify(a[field]) === JSON.stringify(b[field]);
}

const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The contract's fields for these values. A new job's empty address is left out, so that the
 * contact's address is taken.
 */
export function jobFieldsOf(values: JobFormValues, timeZone: string, isNew: boolean) {
  const address = textOrNull(values.address);
  return {
    title: values.title.trim(),
    contactId: values.contact?.id ?? null,
    companyId: values.contact ? values.contact.companyId : values.companyId,
    workOrderId: values.workOrderId,
    technicianId: Number(values.technicianId),
    day: values.day,
    startTime: values.startTime,
    endTime: values.endTime,
    timeZone,
    ...(address !== null || !isNew ? { address } : {}),
    checklist: values.checklist.map((item) => ({ text: item.text.trim(), done: item.done })),
    completionNotes: textOrNull(values.completionNotes),
  } satisfies InstallationPatch;
}

/** The form's own paths for the contract's: the customer picker stands for contact and company. */
const formPath = (path: readonly PropertyKey[]) => {
  const rest = path[0] === 'patch' ? path.slice(1) : path;
  return rest[0] === 'contactId' || rest[0] === 'companyId' ? ['contact', ...rest.slice(1)] : rest;
};

export function validateJob(values: JobFormValues): FieldErrors {
  const parsed = installationInput.safeParse(jobFieldsOf(values, localTimeZone(), true));
  if (parsed.success) return {};
  return fieldErrorsFrom(parsed.error.issues.map((issue) => ({ ...issue, path: formPath(issue.path) })));
}

export const jobServerFieldErrors = (error: unknown): FieldErrors =>
  fieldErrorsFrom(validationIssues(error).map((issue) => ({ path: formPath(issue.path) })));

/** The jobs in the way, when a save was refused with SCHEDULE_CLASH; otherwise null. */
export function clashesOf(error: unknown): InstallationClash[] | null {
  if (!isCallError(error) || error.code !== 'SCHEDULE_CLASH') return null;
  const parsed = installationClash.array().safeParse(error.details?.clashes);
  return parsed.success ? parsed.data : [];
}
