import { z } from 'zod';

/** Which field finds an existing contact for an incoming row; `none` never looks. */
export const MATCH_FIELDS = ['email', 'phone', 'none'] as const;
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
