import { z } from 'zod';
import { calendarDay } from '../calendar-day';
import { page, pageInput } from '../paging';
import { procedure } from '../procedure';
import { timeZone } from '../time-zone';

const id = z.number().int().positive();
const version = z.number().int().positive();
const epochMs = z.number().int().min(0);

export const INSTALLATION_STATUSES = ['scheduled', 'inProgress', 'done', 'cancelled'] as const;
export type InstallationStatus = (typeof INSTALLATION_STATUSES)[number];

/** Where a job may go from each status; a done job is reopened into `inProgress`. */
export const INSTALLATION_STATUS_MOVES: Record<InstallationStatus, readonly InstallationStatus[]> = {
  scheduled: ['inProgress', 'done', 'cancelled'],
  inProgress: ['scheduled', 'done', 'cancelled'],
  done: ['inProgress'],
  cancelled: ['scheduled'],
};

export const CHECKLIST_MAX_ITEMS = 50;

/** A wall-clock time of day, `HH:MM`, 24-hour. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');

export const checklistItem = z
  .object({ text: z.string().trim().min(1).max(200), done: z.boolean() })
  .strict();
export type ChecklistItem = z.infer<typeof checklistItem>;

const jobFields = {
  /** What is installed: the job's name on the calendar. */
  title: z.string().trim().min(1).max(200),
  contactId: id.nullable().optional(),
  companyId: id.nullable().optional(),
  /** Only while the work-orders module is unlocked. */
  workOrderId: id.nullable().optional(),
  /** The caller when left out. */
  technicianId: id.optional(),
  /** The window: a day and two times of that day in `timeZone`, where the job takes place. */
  day: calendarDay,
  startTime: clockTime,
  endTime: clockTime,
  timeZone,
  /** The contact's address when left out. */
  address: z.string().trim().max(500).nullable().optional(),
  checklist: z.array(checklistItem).max(CHECKLIST_MAX_ITEMS).optional(),
  completionNotes: z.string().trim().max(5000).nullable().optional(),
};

type Issue = { path: string[]; message: string };

/** The rules a job obeys after create or update; the core checks them on the merged result too. */
export function installationIssues(job: {
  contactId?: number | null;
  companyId?: number | null;
  startTime: string;
  endTime: string;
}): Issue[] {
  const issues: Issue[] = [];
  if (job.contactId == null && job.companyId == null) {
    issues.push({ path: ['contactId'], message: 'a contact or a company is required' });
  }
  // HH:MM strings compare as times do; both are on the same day, so the window stays within it.
  if (job.endTime <= job.startTime)
    issues.push({ path: ['endTime'], message: 'the end must be after the start' });
  return issues;
}

/**
 * A job whose window overlaps another of the same technician is refused with SCHEDULE_CLASH,
 * naming the clashing jobs, unless the caller books it anyway with `allowOverlap: true`.
 */
const allowOverlap = z.boolean().optional();

export const installationInput = z
  .object({ ...jobFields, allowOverlap })
  .strict()
  .superRefine((job, ctx) => {
    for (const issue of installationIssues(job)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type InstallationInput = z.infer<typeof installationInput>;

export const installationPatch = z.object(jobFields).partial().strict();
export type InstallationPatch = z.infer<typeof installationPatch>;

export const installationJob = z.object({
  id,
  title: z.string(),
  contactId: id.nullable(),
  contactName: z.string().nullable(),
  companyId: id.nullable(),
  companyName: z.string().nullable(),
  workOrderId: id.nullable(),
  workOrderNumber: z.string().nullable(),
  technicianId: id,
  technicianName: z.string(),
  startAt: z.number().int(),
  endAt: z.number().int(),
  /** The zone the window was booked in, and the window as it was booked there. */
  timeZone: z.string(),
  day: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  address: z.string().nullable(),
  checklist: z.array(checklistItem),
  status: z.enum(INSTALLATION_STATUSES),
  completionNotes: z.string().nullable(),
  completedAt: z.number().int().nullable(),
  createdBy: id,
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  version,
});
export type InstallationJob = z.infer<typeof installationJob>;

/**
 * A job in the way of a booking, as SCHEDULE_CLASH's `details.clashes` lists it. One about a
 * customer hidden from the caller says only when it is.
 */
export const installationClash = z.object({
  id,
  title: z.string().nullable(),
  customerName: z.string().nullable(),
  startAt: z.number().int(),
  endAt: z.number().int(),
});
export type InstallationClash = z.infer<typeof installationClash>;

const byId = z.object({ id }).strict();

export const installationProcedures = {
  'installation.create': procedure({
    module: 'installation',
    lowestRole: 'staff',
    contactRef: 'contactId',
    input: installationInput,
    output: installationJob,
  }),
  'installation.get': procedure({
    module: 'installation',
    lowestRole: 'staff',
    access: 'read',
    input: byId,
    output: installationJob,
  }),
  /** A new window or technician is checked for clashes like a new job. */
  'installation.update': procedure({
    module: 'installation',
    lowestRole: 'staff',
    input: z.object({ id, version, patch: installationPatch, allowOverlap }).strict(),
    output: installationJob,
  }),
  /** `done` needs completion notes, given here or already on the job. */
  'installation.setStatus': procedure({
    module: 'installation',
    lowestRole: 'staff',
    input: z
      .object({
        id,
        version,
        status: z.enum(INSTALLATION_STATUSES),
        completionNotes: z.string().trim().min(1).max(5000).optional(),
        allowOverlap,
      })
      .strict(),
    output: installationJob,
  }),
  /** Jobs whose window overlaps [from, to), earliest first. */
  'installation.list': procedure({
    module: 'installation',
    lowestRole: 'staff',
    access: 'read',
    contactRef: 'contactId',
    input: pageInput({
      technicianId: id.optional(),
      contactId: id.optional(),
      from: epochMs,
      to: epochMs,
    }).refine((range) => range.to > range.from, { path: ['to'], message: 'the end must be after the start' }),
    output: page(installationJob),
  }),
  /** A technician's week (Monday to Sunday in `timeZone`) holding `day`, with its jobs, cancelled ones too. */
  'installation.week': procedure({
    module: 'installation',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ technicianId: id, day: calendarDay, timeZone }).strict(),
    output: z.object({
      days: z.array(z.string()).length(7),
      from: z.number().int(),
      to: z.number().int(),
      jobs: z.array(installationJob),
    }),
  }),
};
