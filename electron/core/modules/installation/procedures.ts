import { CrmError } from '../../../../shared/errors';
import type { EventData } from '../../../../shared/events';
import {
  INSTALLATION_STATUS_MOVES,
  installationIssues,
  type ChecklistItem,
  type InstallationClash,
  type InstallationJob,
  type InstallationPatch,
  type installationProcedures,
} from '../../../../shared/installation/contract';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import { customerIssues } from '../contacts/customer-references';
import type { CustomerScope } from '../contacts/visibility';
import type { JobFields } from './repository';
import { addDays, instantAt, localDayAndTime, weekDays } from '../../../../shared/installation/calendar';

type Issue = { path: string[]; message: string };

/** A job as it would be stored, its window still as the user gave it. */
interface Draft {
  title: string;
  contactId: number | null;
  companyId: number | null;
  workOrderId: number | null;
  technicianId: number;
  day: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  address: string | null;
  checklist: ChecklistItem[];
  completionNotes: string | null;
}

/** The most jobs one week of one technician shows; far above what a person can do in a week. */
const WEEK_LIMIT = 500;

const invalid = (issues: Issue[]) => new CrmError('VALIDATION', 'Some fields are not valid.', { issues });

export function installationHandlers(ctx: CoreContext): HandlersFor<keyof typeof installationProcedures> {
  /**
   * Who sees its customer hears of it, and always its technician, its creator and a technician
   * it was taken away from, whose calendar changes too.
   */
  function changed(
    job: InstallationJob,
    action: EventData<'installation.changed'>['action'],
    previousTechnician = job.technicianId,
  ): InstallationJob {
    const { id, version, status, technicianId, contactId } = job;
    const seers = ctx.customers.audienceOf(contactId);
    ctx.events.emit(
      'installation.changed',
      { id, action, version, status, technicianId, contactId },
      seers.kind === 'company'
        ? seers
        : {
            kind: 'users',
            userIds: [...new Set([...seers.userIds, technicianId, previousTechnician, job.createdBy])],
          },
    );
    return job;
  }

  const canSee = (job: InstallationJob, scope: CustomerScope) =>
    job.contactId === null || ctx.customers.canSee(scope, job.contactId);

  /** The job, if the caller may see it: one about a hidden customer answers as a missing one does. */
  function visible(id: number, scope: CustomerScope): InstallationJob {
    const job = ctx.installation.get(id);
    if (!canSee(job, scope)) throw new CrmError('NOT_FOUND', 'This installation job does not exist.', { id });
    return job;
  }

  function workOrderIssue(workOrderId: number): string | null {
    if (!ctx.license.isModuleEnabled('workorders', 'read')) return 'work orders are not part of the licence';
    try {
      ctx.workOrders.get(workOrderId);
      return null;
    } catch (error) {
      if (error instanceof CrmError && error.code === 'NOT_FOUND') return 'no such work order';
      throw error;
    }
  }

  /**
   * The job's fields as stored, or VALIDATION naming every bad one. References kept as they
   * were are not checked again, so a job whose technician left can still be completed.
   */
  function checked(draft: Draft, before: InstallationJob | null, prefix: string[]): JobFields {
    const issues: Issue[] = [...installationIssues(draft), ...customerIssues(ctx.contacts, draft, before)];
    if (draft.workOrderId !== null && draft.workOrderId !== before?.workOrderId) {
      const message = workOrderIssue(draft.workOrderId);
      if (message) issues.push({ path: ['workOrderId'], message });
    }
    if (draft.technicianId !== before?.technicianId && !ctx.users.get(draft.technicianId)?.active) {
      issues.push({ path: ['technicianId'], message: 'no such active user' });
    }
    const startAt = instantAt(draft.day, draft.startTime, draft.timeZone);
    const endAt = instantAt(draft.day, draft.endTime, draft.timeZone);
    // A time inside a DST gap (02:30 on the day clocks jump from 02:00 to 03:00) never happens.
    for (const [field, instant] of [
      ['startTime', startAt],
      ['endTime', endAt],
    ] as const) {
      const local = localDayAndTime(instant, draft.timeZone);
      if (local.day !== draft.day || local.time !== draft[field]) {
        issues.push({ path: [field], message: 'this time does not exist on that day' });
      }
    }
    if (issues.length > 0)
      throw invalid(issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })));
    const { day: _day, startTime: _start, endTime: _end, ...rest } = draft;
    return { ...rest, startAt, endAt };
  }

  /** A clashing job as the caller may know it: one about a hidden customer only says when. */
  const clashOf = (job: InstallationJob, scope: CustomerScope): InstallationClash => {
    const shown = canSee(job, scope);
    return {
      id: job.id,
      title: shown ? job.title : null,
      customerName: shown ? (job.contactName ?? job.companyName) : null,
      startAt: job.startAt,
      endAt: job.endAt,
    };
  };

  /** SCHEDULE_CLASH with the technician's other jobs in the window, if any. */
  function refuseClashes(
    fields: Pick<JobFields, 'technicianId' | 'startAt' | 'endAt'>,
    exceptId: number,
    scope: CustomerScope,
  ) {
    const clashes = ctx.installation.overlapping(fields.technicianId, fields.startAt, fields.endAt, exceptId);
    if (clashes.length === 0) return;
    throw new CrmError('SCHEDULE_CLASH', 'The technician already has a job in this window.', {
      clashes: clashes.map((job) => clashOf(job, scope)),
    });
  }

  function merge(current: InstallationJob, patch: InstallationPatch): Draft {
    const pick = <K extends keyof Draft>(key: K & keyof InstallationPatch, fallback: Draft[K]): Draft[K] =>
      patch[key] === undefined ? fallback : (patch[key] as Draft[K]);
    return {
      title: pick('title', current.title),
      contactId: pick('contactId', current.contactId),
      companyId: pick('companyId', current.companyId),
      workOrderId: pick('workOrderId', current.workOrderId),
      technicianId: pick('technicianId', current.technicianId),
      day: pick('day', current.day),
      startTime: pick('startTime', current.startTime),
      endTime: pick('endTime', current.endTime),
      timeZone: pick('timeZone', current.timeZone),
      address: patch.address === undefined ? current.address : patch.address || null,
      checklist: pick('checklist', current.checklist),
      completionNotes:
        patch.completionNotes === undefined ? current.completionNotes : patch.completionNotes || null,
    };
  }

  /** Jobs of the caller's customers (and of companies) overlapping [from, to), a page at a time. */
  function visibleRange(
    range: { technicianId: number | null; contactId: number | null; from: number; to: number },
    cursor: string | null,
    limit: number,
    scope: CustomerScope,
  ) {
    const page = ctx.installation.list(range, cursor, limit);
    return { ...page, items: page.items.filter((job) => canSee(job, scope)) };
  }

  return {
    'installation.create': (input, call) => {
      const userId = call.session!.user.id;
      const contactId = input.contactId ?? null;
      const fields = checked(
        {
          title: input.title,
          contactId,
          companyId: input.companyId ?? null,
          workOrderId: input.workOrderId ?? null,
          technicianId: input.technicianId ?? userId,
          day: input.day,
          startTime: input.startTime,
          endTime: input.endTime,
          timeZone: input.timeZone,
          address: null,
          checklist: input.checklist ?? [],
          completionNotes: input.completionNotes || null,
        },
        null,
        [],
      );
      // Checked above: the contact exists.
      const address =
        input.address === undefined && contactId !== null
          ? ctx.contacts.get(contactId).address
          : input.address;
      if (!input.allowOverlap) refuseClashes(fields, 0, call.scope);
      return changed(
        ctx.installation.create({ ...fields, address: address || null }, userId, ctx.now()),
        'created',
      );
    },
    'installation.get': ({ id }, call) => visible(id, call.scope),
    'installation.update': ({ id, version, patch, allowOverlap }, call) => {
      const current = visible(id, call.scope);
      // A hidden customer answers as dispatch does for a missing one (contactRef of installation.create).
      if (typeof patch.contactId === 'number' && !ctx.customers.canSee(call.scope, patch.contactId)) {
        throw new CrmError('NOT_FOUND', 'This contact does not exist.', { id: patch.contactId });
      }
      const fields = checked(merge(current, patch), current, ['patch']);
      const moved =
        fields.technicianId !== current.technicianId ||
        fields.startAt !== current.startAt ||
        fields.endAt !== current.endAt;
      // A stale version is refused as CONFLICT by the write, before any clash is named.
      if (moved && current.version === version && current.status !== 'cancelled' && !allowOverlap) {
        refuseClashes(fields, id, call.scope);
      }
      return changed(
        ctx.installation.update(id, version, fields, ctx.now()),
        'updated',
        current.technicianId,
      );
    },
    'installation.setStatus': ({ id, version, status, completionNotes, allowOverlap }, call) => {
      const current = visible(id, call.scope);
      const notes = completionNotes ?? current.completionNotes;
      if (current.version === version) {
        if (status !== current.status && !INSTALLATION_STATUS_MOVES[current.status].includes(status)) {
          throw new CrmError('VALIDATION', `A job that is ${current.status} cannot move to ${status}.`, {
            issues: [{ path: ['status'], message: `not allowed from ${current.status}` }],
            from: current.status,
            allowed: INSTALLATION_STATUS_MOVES[current.status],
          });
        }
        if (status === 'done' && notes === null) {
          throw invalid([
            { path: ['completionNotes'], message: 'completion notes are required to mark a job done' },
          ]);
        }
        // A cancelled job's window may have been booked since.
        if (current.status === 'cancelled' && status !== 'cancelled' && !allowOverlap) {
          refuseClashes(current, id, call.scope);
        }
      }
      return changed(ctx.installation.setStatus(id, version, status, notes, ctx.now()), 'status');
    },
    'installation.list': ({ technicianId, contactId, from, to, cursor, limit = 100 }, call) =>
      visibleRange(
        { technicianId: technicianId ?? null, contactId: contactId ?? null, from, to },
        cursor ?? null,
        limit,
        call.scope,
      ),
    'installation.week': ({ technicianId, day, timeZone }, call) => {
      const days = weekDays(day);
      const from = instantAt(days[0]!, '00:00', timeZone);
      const to = instantAt(addDays(days[6]!, 1), '00:00', timeZone);
      const { items } = visibleRange(
        { technicianId, contactId: null, from, to },
        null,
        WEEK_LIMIT,
        call.scope,
      );
      return { days, from, to, jobs: items };
    },
  };
}
