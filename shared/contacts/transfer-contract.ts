import { z } from 'zod';
import { page, pageInput } from '../paging';
import { procedure } from '../procedure';
import { CONTACT_SORTS, contactFilter } from './contract';
import { isCustomTarget, TRANSFER_FIELDS, type CustomTarget } from './transfer-fields';

/**
 * Which field finds an existing contact for an incoming row: an e-mail, a phone number (by its
 * digits), or the same name at the same company (`name`); `none` never looks.
 */
export const MATCH_FIELDS = ['email', 'phone', 'name', 'none'] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

/** What happens to a row that matches: leave it out, update the match with it, or add it anyway. */
export const DUPLICATE_POLICIES = ['skip', 'update', 'create'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

/** A row that was not imported, or a note about one; `row` counts the header as row 1. */
export const rowError = z.object({
  row: z.number().int().positive(),
  field: z.string().nullable(),
  message: z.string(),
});
export type RowError = z.infer<typeof rowError>;

/** Why two rows of one file look like the same person. */
export const FILE_DUPLICATE_REASONS = ['email', 'phone', 'name and company'] as const;
export type FileDuplicateReason = (typeof FILE_DUPLICATE_REASONS)[number];

export const fileDuplicate = z.object({
  row: z.number().int().positive(),
  sameAsRow: z.number().int().positive(),
  by: z.enum(FILE_DUPLICATE_REASONS),
});
export type FileDuplicate = z.infer<typeof fileDuplicate>;

const count = z.number().int().nonnegative();

/** How far an import has come; `fraction` is the share of the file read so far. */
export const importProgress = z.object({
  read: count,
  created: count,
  updated: count,
  skipped: count,
  failed: count,
  fraction: z.number().min(0).max(1),
});
export type ImportProgress = z.infer<typeof importProgress>;

/**
 * The end of an import: `read` = created + updated + skipped + failed. A cancelled import stops
 * between batches and keeps the batches it committed. `createdIds` and `updatedIds` (with the
 * contacts as they were before, which the import job keeps) are what an undo needs.
 */
export const importSummary = importProgress.omit({ fraction: true }).extend({
  cancelled: z.boolean(),
  errors: z.array(rowError),
  fileDuplicates: z.array(fileDuplicate),
  createdIds: z.array(z.number().int().positive()),
  updatedIds: z.array(z.number().int().positive()),
});
export type ImportSummary = z.infer<typeof importSummary>;

const id = z.number().int().positive();

/** A file sent by `upload` (DESIGN §2's file transport), kept a while for a later call. */
export const uploadId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'not an upload id');
/** A file prepared for `download`: an export, an import's row errors. */
export const downloadId = uploadId;
export const prepared = z.object({ downloadId, fileName: z.string(), count: count });
export type Prepared = z.infer<typeof prepared>;

/**
 * The field each column of a CSV fills, in column order; null leaves a column out. A live custom
 * field of contacts is named `custom.<id>`.
 */
export const columnMapping = z
  .array(
    z
      .union([
        z.enum(TRANSFER_FIELDS),
        z.custom<CustomTarget>((value) => typeof value === 'string' && isCustomTarget(value), 'not a field'),
      ])
      .nullable(),
  )
  .max(500);

export const importPreview = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'vcard']),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']),
  /** CSV only: the delimiter found, the header's columns and the mapping proposed for them. */
  delimiter: z.string().nullable(),
  headers: z.array(z.string()),
  mapping: columnMapping,
  /** The first rows as read: cells of a CSV, or each card's fields as a one-row table. */
  rows: z.array(z.array(z.string())),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const IMPORT_STATUSES = [
  'running',
  'finished',
  'cancelled',
  'failed',
  'interrupted',
  'undone',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** One import as the list and the summary show it; its row errors are a download of their own. */
export const importRun = importProgress.omit({ fraction: true }).extend({
  id,
  userId: id,
  userName: z.string(),
  fileName: z.string(),
  match: z.enum(MATCH_FIELDS),
  onDuplicate: z.enum(DUPLICATE_POLICIES),
  status: z.enum(IMPORT_STATUSES),
  startedAt: z.number().int(),
  finishedAt: z.number().int().nullable(),
  undoneAt: z.number().int().nullable(),
  /** The first row errors; `errors` downloads all of them. */
  errors: z.array(rowError),
  fileDuplicates: z.array(fileDuplicate),
});
export type ImportRun = z.infer<typeof importRun>;

/** A contact an undo left as it is, because someone changed it after the import. */
export const keptContact = z.object({ id, name: z.string(), reason: z.enum(['changed', 'gone']) });

export const undoResult = z.object({ removed: count, restored: count, kept: z.array(keptContact) });
export type UndoResult = z.infer<typeof undoResult>;

const byImport = z.object({ importId: id }).strict();

/** The most contacts one export may name by id. */
export const MAX_EXPORT_IDS = 10_000;

export const contactTransferProcedures = {
  'contacts.import.preview': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ uploadId }).strict(),
    output: importPreview,
  }),
  'contacts.import.start': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    input: z
      .object({
        uploadId,
        /** CSV only; the proposed mapping when left out. */
        mapping: columnMapping.optional(),
        match: z.enum(MATCH_FIELDS),
        onDuplicate: z.enum(DUPLICATE_POLICIES),
      })
      .strict(),
    output: z.object({ importId: id }),
  }),
  'contacts.import.cancel': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    input: byImport,
    output: importRun,
  }),
  'contacts.import.get': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: byImport,
    output: importRun,
  }),
  'contacts.import.list': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: pageInput({}),
    output: page(importRun),
  }),
  'contacts.import.undo': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    input: byImport,
    output: undoResult,
  }),
  'contacts.import.errors': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: byImport,
    output: prepared,
  }),
  'contacts.export': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: z
      .object({
        /** The contacts of the list as filtered and sorted, or these contacts. */
        filter: contactFilter.optional(),
        sort: z.enum(CONTACT_SORTS).optional(),
        ids: z.array(id).min(1).max(MAX_EXPORT_IDS).optional(),
        format: z.enum(['csv', 'vcard']),
        /** CSV: a byte order mark, which Excel needs to read UTF-8. */
        bom: z.boolean().optional(),
      })
      .strict()
      .refine((input) => !(input.filter && input.ids), {
        message: 'export a filtered list or chosen contacts, not both',
        path: ['ids'],
      }),
    output: prepared,
  }),
};

/** Largest file an upload may carry (256 MiB): a few hundred thousand contacts. */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;
