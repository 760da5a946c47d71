import type { Contact } from '../../../../../shared/contacts/contract';
import type {
  contactTransferProcedures,
  ImportProgress,
  ImportRun,
} from '../../../../../shared/contacts/transfer-contract';
import { CrmError } from '../../../../../shared/errors';
import { roleAtLeast } from '../../../../../shared/roles';
import type { HandlersFor } from '../../../api';
import type { CoreContext } from '../../../context';
import type { ImportJob } from '../../../jobs/import-job';
import type { Session } from '../../auth/sessions';
import { rowErrorsCsv } from './errors-csv';
import { exportChunks, listedContacts } from './export-contacts';
import { importContacts } from './import-contacts';
import { previewImport } from './import-preview';
import { openImportSource, type ImportSource } from './import-source';
import type { CustomerScope } from '../visibility';
import { undoImport } from './undo-import';

/** An import as started: the file opened (and so checked) here, and what the worker needs to open it again. */
type ImportRequest = Omit<ImportJob, 'file' | 'nativeBinding' | 'batchSize'> & { source: ImportSource };

/** Rows per transaction of an import run from the UI: small enough that cancel answers quickly. */
export const IMPORT_BATCH = 2000;

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', vcard: 'text/vcard; charset=utf-8' } as const;
const EXTENSIONS = { csv: 'csv', vcard: 'vcf' } as const;

const day = (at: number) => new Date(at).toISOString().slice(0, 10);

/** The chosen contacts in the order given, leaving out any that are gone or in the trash. */
function* chosenContacts(ctx: CoreContext, ids: readonly number[], scope: CustomerScope): Generator<Contact> {
  for (const id of new Set(ids)) {
    if (!ctx.customers.canSee(scope, id)) continue;
    try {
      const contact = ctx.contacts.get(id);
      if (contact.deletedAt === null) yield contact;
    } catch (error) {
      if (!(error instanceof CrmError && error.code === 'NOT_FOUND')) throw error;
    }
  }
}

export function contactTransferHandlers(
  ctx: CoreContext,
): HandlersFor<keyof typeof contactTransferProcedures> {
  /** Only the user who started an import, or an admin, may see, cancel or undo it. */
  const ownRun = (importId: number, session: Session): ImportRun => {
    const run = ctx.importRuns.get(importId);
    if (run.userId !== session.user.id && !roleAtLeast(session.user.role, 'admin')) {
      throw new CrmError('FORBIDDEN', 'Only the user who ran this import, or an admin, may do this.', {
        required: 'admin',
      });
    }
    return run;
  };

  /** The import in the worker thread when the core has one; else here, yielding between batches. */
  function importRows(
    job: ImportRequest,
    onProgress: (progress: ImportProgress) => void,
    signal: AbortSignal,
  ) {
    const { source, ...rest } = job;
    if (ctx.importThread)
      return ctx.importThread.run({ ...rest, batchSize: IMPORT_BATCH }, onProgress, signal);
    return importContacts(ctx, source, {
      match: job.match,
      onDuplicate: job.onDuplicate,
      ownerId: job.ownerId,
      scope: job.scope,
      now: ctx.now,
      batchSize: IMPORT_BATCH,
      signal,
      onProgress,
    });
  }

  async function runImport(importId: number, job: ImportRequest, signal: AbortSignal): Promise<void> {
    const audience = { kind: 'users', userIds: [job.ownerId] } as const;
    try {
      const result = await importRows(
        job,
        (progress) => ctx.events.emit('import.progress', { importId, ...progress }, audience),
        signal,
      );
      if (!ctx.db.open) return;
      ctx.importRuns.finish(importId, result.summary, result.before, result.afterVersions, ctx.now());
      ctx.events.emit(
        'import.finished',
        { importId, status: result.summary.cancelled ? 'cancelled' : 'finished' },
        audience,
      );
      ctx.events.emit('contacts.changedInBulk', { reason: 'import' });
    } catch (error) {
      // The app closing under a running import leaves it 'running': it is marked interrupted on the next start.
      if (!ctx.db.open) return;
      ctx.importRuns.fail(importId, ctx.now());
      ctx.events.emit('import.finished', { importId, status: 'failed' }, audience);
      throw error;
    }
  }

  return {
    'contacts.import.preview': ({ uploadId }, call) => {
      const { bytes, fileName } = ctx.files.readUpload(uploadId, call.session!.user.id);
      return previewImport(bytes, fileName, ctx.customFields.live('contact'));
    },

    'contacts.import.start': ({ uploadId, mapping, match, onDuplicate }, call) => {
      const userId = call.session!.user.id;
      const { bytes, fileName } = ctx.files.readUpload(uploadId, userId);
      // A file that cannot be read is refused here, before any run is recorded.
      const source = openImportSource(bytes, fileName, mapping ?? null, ctx.customFields.live('contact'));
      const importId = ctx.importRuns.start(userId, fileName, match, onDuplicate, ctx.now());
      const job: ImportRequest = {
        source,
        bytes,
        fileName,
        mapping: mapping ?? null,
        match,
        onDuplicate,
        ownerId: userId,
        scope: call.scope,
      };
      ctx.jobs.start(importId, 'contacts.import', (signal) => runImport(importId, job, signal));
      // The job holds the bytes; a large file need not wait its hour on disk.
      ctx.files.removeUpload(uploadId, userId);
      return { importId };
    },

    'contacts.import.cancel': ({ importId }, call) => {
      ownRun(importId, call.session!);
      ctx.jobs.cancel(importId);
      return ctx.importRuns.get(importId);
    },

    'contacts.import.get': ({ importId }, call) => ownRun(importId, call.session!),

    'contacts.import.list': ({ cursor, limit }, call) => {
      const after = cursor ? Number(cursor) : null;
      if (after !== null && !(Number.isInteger(after) && after > 0)) {
        throw new CrmError('VALIDATION', 'This list position is not valid any more; start from the top.', {
          issues: [{ path: ['cursor'], message: 'invalid cursor' }],
        });
      }
      const { user } = call.session!;
      return ctx.importRuns.list(after, limit ?? 50, roleAtLeast(user.role, 'admin') ? null : user.id);
    },

    'contacts.import.undo': ({ importId }, call) => {
      const session = call.session!;
      const run = ownRun(importId, session);
      if (run.status === 'running' || ctx.jobs.isRunning(importId)) {
        throw new CrmError('CONFLICT', 'This import is still running; cancel it first.', {
          status: run.status,
        });
      }
      if (run.status === 'undone') {
        throw new CrmError('CONFLICT', 'This import was already undone.', { status: run.status });
      }
      // A failed or interrupted run recorded nothing of what it wrote: there is nothing to undo it by.
      if (run.status !== 'finished' && run.status !== 'cancelled') {
        throw new CrmError('CONFLICT', 'This import did not end normally, so it cannot be undone.', {
          status: run.status,
        });
      }
      const at = ctx.now();
      const result = ctx.db.transaction(() => {
        const undone = undoImport(ctx, ctx.importRuns.changes(importId), at);
        ctx.importRuns.markUndone(importId, session.user.id, at);
        return undone;
      })();
      ctx.events.emit('contacts.changedInBulk', { reason: 'importUndone' });
      return result;
    },

    'contacts.import.errors': ({ importId }, call) => {
      const errors = ctx.importRuns.errors(ownRun(importId, call.session!).id);
      const fileName = `import-${importId}-errors.csv`;
      const downloadId = ctx.files.saveDownload(call.session!.user.id, fileName, CONTENT_TYPES.csv, [
        rowErrorsCsv(errors),
      ]);
      return { downloadId, fileName, count: errors.length };
    },

    'contacts.export': ({ filter, sort, ids, format, bom }, call) => {
      let count = 0;
      const contacts = ids
        ? chosenContacts(ctx, ids, call.scope)
        : listedContacts(ctx.contacts, filter ?? {}, sort ?? 'name', call.scope);
      const counted = (function* () {
        for (const contact of contacts) {
          count++;
          yield contact;
        }
      })();
      const fileName = `contacts-${day(ctx.now())}.${EXTENSIONS[format]}`;
      const downloadId = ctx.files.saveDownload(
        call.session!.user.id,
        fileName,
        CONTENT_TYPES[format],
        exportChunks(counted, { format, bom, customFields: ctx.customFields.live('contact') }),
      );
      return { downloadId, fileName, count };
    },
  };
}
