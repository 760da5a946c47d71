import { contactPatch, type Contact, type ContactInput } from '../../../../../shared/contacts/contract';
import { phoneIndexKeys } from '../../../../../shared/contacts/phone';
import type {
  DuplicatePolicy,
  FileDuplicate,
  ImportProgress,
  ImportSummary,
  MatchField,
  RowError,
} from '../../../../../shared/contacts/transfer-contract';
import { CrmError } from '../../../../../shared/errors';
import type { Db } from '../../../db/database';
import type { ContactRepository } from '../repository';
import type { CustomerScope } from '../visibility';
import { rowErrorsOf, validateDraft } from './contact-draft';
import { emailKey } from '../../../../../shared/contacts/duplicate-keys';
import { createDuplicateLookup } from './duplicate-lookup';
import { createFileDuplicateFinder, fold } from './file-duplicates';
import type { ImportRecord } from './import-record';
import type { ImportSource } from './import-source';
import { importPatch } from './update-patch';

export interface ImportOptions {
  match: MatchField;
  onDuplicate: DuplicatePolicy;
  /** Owner of the contacts the import creates. */
  ownerId: number;
  /** The customers the importing user sees: a contact hidden from them is never a match. */
  scope: CustomerScope;
  now: () => number;
  /** Rows per transaction, and between progress reports. */
  batchSize?: number;
  /** Stops before the next batch; the batches committed stay and are reported. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportResult {
  summary: ImportSummary;
  /** Each updated contact as it was before the import first changed it, for an undo. */
  before: Contact[];
  /** The version each updated contact was left at: a later one means someone changed it since. */
  afterVersions: Map<number, number>;
}

const DEFAULT_BATCH = 5000;

/** Keys under which a row is matched, as the database lookup reads them. */
function matchKeys(input: ContactInput, match: MatchField): string[] {
  if (match === 'email') return (input.emails ?? []).map((email) => `e:${emailKey(email)}`);
  if (match === 'phone')
    return (input.phones ?? []).flatMap(phoneIndexKeys).filter((key) => key.startsWith('p'));
  // A name alone is too common to call two people one; with their company it is not.
  if (match === 'name' && input.companyName) return [`n:${fold(input.name)}\u0000${fold(input.companyName)}`];
  return [];
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Imports the rows of a source: each validated, matched against the database by the chosen
 * field, then skipped, applied to its match, or created; creations go in by batches, one
 * transaction each. Rows that fail are reported, never half-written.
 */
export async function importContacts(
  deps: { db: Db; contacts: ContactRepository },
  source: ImportSource,
  options: ImportOptions,
): Promise<ImportResult> {
  const { match, onDuplicate, ownerId, scope, now, signal, onProgress } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const lookup = createDuplicateLookup(deps.db);
  const fileDuplicates = createFileDuplicateFinder();
  const looksForMatches = match !== 'none' && onDuplicate !== 'create';

  const errors: RowError[] = [];
  const duplicates: FileDuplicate[] = [];
  const createdIds: number[] = [];
  const before = new Map<number, Contact>();
  const afterVersions = new Map<number, number>();
  let updated = 0;
  let skipped = 0;
  let failed = 0;
  let pending: ContactInput[] = [];
  const pendingKeys = new Set<string>();
  let fraction = 0;

  const fail = (rowErrors: readonly RowError[]) => {
    errors.push(...rowErrors);
    failed++;
  };

  // Matching by e-mail reads every address once, instead of a full-text search per row.
  const emailHolders = looksForMatches && match === 'email' ? lookup.emailHolders(scope) : null;

  const flush = () => {
    if (pending.length === 0) return;
    const ids = deps.contacts.insertMany(pending, ownerId, now());
    if (emailHolders) {
      pending.forEach((input, i) => {
        for (const email of input.emails ?? []) {
          if (!emailHolders.has(emailKey(email))) emailHolders.set(emailKey(email), ids[i]!);
        }
      });
    }
    createdIds.push(...ids);
    pending = [];
    pendingKeys.clear();
  };

  const existingMatch = (input: ContactInput): number | undefined => {
    if (emailHolders) {
      return (input.emails ?? [])
        .map((email) => emailHolders.get(emailKey(email)))
        .find((id) => id !== undefined);
    }
    const found =
      match === 'name'
        ? lookup.byNameAndCompany(input.name, input.companyName!)
        : (input.phones ?? []).flatMap(lookup.byPhone);
    return lookup.visible(found, scope)[0];
  };

  /** Applies the row to contact `id`; false when it was refused (and reported). */
  const update = (id: number, input: ContactInput, row: number): boolean => {
    const current = deps.contacts.get(id);
    const patch = importPatch(current, input);
    const checked = contactPatch.safeParse(patch);
    if (!checked.success) {
      fail(rowErrorsOf(checked.error, row, patch));
      return false;
    }
    try {
      afterVersions.set(id, deps.contacts.update(id, current.version, checked.data, now()).version);
    } catch (error) {
      if (!(error instanceof CrmError)) throw error;
      fail([{ row, field: null, message: `contact #${id} was not updated: ${error.message}` }]);
      return false;
    }
    if (!before.has(id)) before.set(id, current);
    updated++;
    return true;
  };

  const progress = (): ImportProgress => ({
    read: createdIds.length + pending.length + updated + skipped + failed,
    created: createdIds.length,
    updated,
    skipped,
    failed,
    fraction,
  });

  const handle = (record: ImportRecord) => {
    fraction = Math.min(1, record.end / source.size);
    const { row } = record;
    const valid = record.errors.length > 0 ? null : validateDraft(record.draft, row, source.customFields);
    if (!valid || !valid.ok) return fail(valid ? valid.errors : record.errors);
    const { input, notes } = valid;
    const repeated = fileDuplicates.see(row, input);
    if (repeated) duplicates.push(repeated);
    const keys = looksForMatches ? matchKeys(input, match) : [];
    // A row matching one still waiting in the batch: write the batch, so the lookup sees it.
    if (keys.some((key) => pendingKeys.has(key))) flush();
    const existing = keys.length > 0 ? existingMatch(input) : undefined;
    if (existing === undefined) {
      pending.push(input);
      for (const key of keys) pendingKeys.add(key);
      errors.push(...notes);
    } else if (onDuplicate === 'skip') {
      skipped++;
    } else if (update(existing, input, row)) {
      errors.push(...notes);
    }
  };

  const records = source.records();
  let finished = false;
  // One transaction per batch, updates included: a cancel lands between batches.
  const importBatch = deps.db.transaction(() => {
    for (let n = 0; n < batchSize; n++) {
      const next = records.next();
      if (next.done) {
        finished = true;
        fraction = 1;
        break;
      }
      handle(next.value);
    }
    flush();
  });
  while (!finished && !signal?.aborted) {
    importBatch.immediate();
    onProgress?.(progress());
    if (!finished) await nextTurn();
  }

  const cancelled = !finished;
  const { fraction: _fraction, ...counts } = progress();
  return {
    summary: {
      ...counts,
      cancelled,
      errors,
      fileDuplicates: duplicates,
      createdIds,
      updatedIds: [...before.keys()],
    },
    before: [...before.values()],
    afterVersions,
  };
}
