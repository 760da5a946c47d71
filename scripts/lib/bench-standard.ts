// The Standard edition's figures (issue 4): the duplicate finder over 100,000 contacts and a
// contact timeline of 5,000 entries, each through dispatch beside a baseline from the same run.
import type { ContactInput } from '../../shared/contacts/contract';
import { EXPORT_FIELDS, TRANSFER_FIELD_NAMES, type ExportField } from '../../shared/contacts/transfer-fields';
import { emailKey, phoneKey } from '../../shared/contacts/duplicate-keys';
import type { Core } from '../../electron/core/core';
import { csvLine } from '../../shared/csv/csv-write';
import { importContacts } from '../../electron/core/modules/contacts/transfer/import-contacts';
import { openImportSource } from '../../electron/core/modules/contacts/transfer/import-source';
import { IMPORT_BATCH } from '../../electron/core/modules/contacts/transfer/transfer-procedures';
import { ALL_CUSTOMERS } from '../../electron/core/modules/contacts/visibility';
import { inCompany, type BenchCall } from './bench-company';
import { fakeContact, seededRandom } from './fake-contacts';
import { percentile, round, timeEach } from './measure';

export const STANDARD_TARGETS = { importRowsPerS: 20_000, duplicatesScanMs: 2000, timelineP95Ms: 10 };
const DUPLICATE_CONTACTS = 100_000;
/** Every 50th contact repeats an earlier one's e-mail, phone or name at its company. */
const REPEAT_EVERY = 50;
const TIMELINE_ENTRIES = 5000;
const IMPORT_ROWS = 100_000;

type KeysRow = { id: number; sort_name: string; company_id: number | null; phones: string; emails: string };

/** A fake contact, or now and then a second record of an earlier one. */
function contactsWithRepeats(count: number): ContactInput[] {
  const random = seededRandom(20261127);
  const contacts: ContactInput[] = [];
  for (let i = 0; i < count; i++) {
    const fresh = fakeContact(random);
    const earlier = i > 0 && i % REPEAT_EVERY === 0 ? contacts[Math.floor(random() * i)]! : null;
    if (!earlier) contacts.push(fresh);
    else if (i % 3 === 0) contacts.push({ ...fresh, emails: earlier.emails });
    else if (i % 3 === 1) contacts.push({ ...fresh, phones: earlier.phones });
    else contacts.push({ ...fresh, name: earlier.name, companyName: earlier.companyName ?? 'Bench Ltd' });
  }
  return contacts;
}

async function duplicateFigures(core: Core, call: BenchCall, userId: number) {
  core.context.contacts.insertMany(contactsWithRepeats(DUPLICATE_CONTACTS), userId, Date.now());
  await call('contacts.duplicates.find', {});
  const scans = await timeEach([1, 2, 3, 4, 5], () => call('contacts.duplicates.find', {}));
  // Baseline: the obvious way, every live contact read and its keys grouped in memory.
  const everyContact = core.context.db.prepare(
    'SELECT id, sort_name, company_id, phones, emails FROM contacts WHERE deleted_at IS NULL',
  );
  const baselineScans = await timeEach([1, 2, 3], () => {
    const holders = new Map<string, number[]>();
    const add = (key: string, id: number) => holders.set(key, [...(holders.get(key) ?? []), id]);
    for (const row of everyContact.iterate() as Iterable<KeysRow>) {
      for (const email of JSON.parse(row.emails) as string[]) add(`e:${emailKey(email)}`, row.id);
      for (const phone of JSON.parse(row.phones) as string[]) add(phoneKey(phone) ?? phone, row.id);
      if (row.company_id !== null) add(`n:${row.company_id}:${row.sort_name}`, row.id);
    }
    return [...holders.values()].filter((ids) => ids.length > 1).length;
  });
  return { scanMs: percentile(scans, 50), baselineMs: percentile(baselineScans, 50) };
}

async function timelineFigures(core: Core, call: BenchCall, userId: number) {
  const { id: contactId } = (await call('contacts.create', { name: 'Busy Customer' })) as { id: number };
  const db = core.context.db;
  // Half follow-ups, half field changes, spread over two years, written straight in for speed.
  const start = Date.now() - 2 * 365 * 86_400_000;
  const step = Math.floor((2 * 365 * 86_400_000) / TIMELINE_ENTRIES);
  const addFollowup = db.prepare(
    `INSERT INTO followups (kind, subject, contact_id, due_at, assignee_id, created_by, created_at, updated_at)
     VALUES ('call', 'Call back', ?, ?, ?, ?, ?, ?)`,
  );
  const addChange = db.prepare(
    `INSERT INTO contact_changes (contact_id, field, old_value, new_value, changed_by, changed_at)
     VALUES (?, 'title', '"Buyer"', '"Manager"', ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < TIMELINE_ENTRIES; i++) {
      const at = start + i * step;
      if (i % 2 === 0) addFollowup.run(contactId, at, userId, userId, at, at);
      else addChange.run(contactId, userId, at);
    }
  })();
  db.exec('ANALYZE');

  // Every page of 50, newest first, through dispatch; three walks.
  const pageTimes: number[] = [];
  for (let walk = 0; walk < 3; walk++) {
    let cursor: string | null = null;
    do {
      const began = process.hrtime.bigint();
      const page = (await call('timeline.forContact', { contactId, cursor, limit: 50 })) as {
        nextCursor: string | null;
      };
      pageTimes.push(Number(process.hrtime.bigint() - began) / 1e6);
      cursor = page.nextCursor;
    } while (cursor);
  }
  // Baseline: what a page costs when both sources are read whole and sorted in memory.
  const allFollowups = db.prepare('SELECT * FROM followups WHERE contact_id = ?');
  const allChanges = db.prepare('SELECT * FROM contact_changes WHERE contact_id = ?');
  const baselineTimes = await timeEach(
    Array.from({ length: 100 }, (_, i) => i),
    (page) =>
      [...allFollowups.all(contactId), ...allChanges.all(contactId)]
        .map((row) => row as { due_at?: number; changed_at?: number; id: number })
        .sort((a, b) => (b.due_at ?? b.changed_at ?? 0) - (a.due_at ?? a.changed_at ?? 0) || b.id - a.id)
        .slice(page * 50, page * 50 + 50),
  );
  return { p95: percentile(pageTimes, 95), baselineP95: percentile(baselineTimes, 95) };
}

/** A CSV as another CRM's export would be: English headers, one line per contact. */
function csvFile(contacts: readonly ContactInput[]): Uint8Array {
  const cell = (contact: ContactInput, field: ExportField) => {
    const value = contact[field];
    return Array.isArray(value) ? value.join('\n') : (value ?? '');
  };
  const lines = [csvLine(EXPORT_FIELDS.map((field) => TRANSFER_FIELD_NAMES[field].en))];
  for (const contact of contacts) lines.push(csvLine(EXPORT_FIELDS.map((field) => cell(contact, field))));
  return new TextEncoder().encode(lines.join(''));
}

/** A 100,000-row CSV whose every 50th row repeats one of `existing`, by its e-mail among others. */
function importFile(): { file: Uint8Array; existing: ContactInput[] } {
  const random = seededRandom(20261128);
  const existing = contactsWithRepeats(IMPORT_ROWS / REPEAT_EVERY);
  const rows = Array.from({ length: IMPORT_ROWS }, (_, i) =>
    i % REPEAT_EVERY === 0 ? existing[i / REPEAT_EVERY]! : fakeContact(random),
  );
  return { file: csvFile(rows), existing };
}

/** The file imported with duplicate detection on (by e-mail, skipping matches), as the import worker runs it. */
async function importRate(core: Core, userId: number, file: Uint8Array) {
  const began = performance.now();
  const { summary } = await importContacts(core.context, openImportSource(file, 'contacts.csv'), {
    match: 'email',
    onDuplicate: 'skip',
    ownerId: userId,
    scope: ALL_CUSTOMERS,
    now: Date.now,
    batchSize: IMPORT_BATCH,
  });
  const rowsPerS = IMPORT_ROWS / ((performance.now() - began) / 1000);
  if (summary.errors.length > 0) throw new Error(`import refused rows: ${JSON.stringify(summary.errors[0])}`);
  return { rowsPerS, skipped: summary.skipped };
}

/** Baseline: only decoding and reading the same file, nothing validated or written. */
function readRate(file: Uint8Array): number {
  const began = performance.now();
  let read = 0;
  for (const record of openImportSource(file, 'contacts.csv').records()) if (record) read++;
  return read / ((performance.now() - began) / 1000);
}

/**
 * The issue-4 figures. The import is measured twice: moving a 100,000-row list into a company
 * that holds the 2,000 contacts the file repeats (the figure with the target), and into the
 * 100,000-contact company of the duplicate figures.
 */
export async function standardFigures() {
  const { file, existing } = importFile();
  const movedIn = await inCompany(async (core, _call, userId) => {
    core.context.contacts.insertMany(existing, userId, Date.now());
    return importRate(core, userId, file);
  });
  const big = await inCompany(async (core, call, userId) => ({
    duplicates: await duplicateFigures(core, call, userId),
    timeline: await timelineFigures(core, call, userId),
    imported: await importRate(core, userId, file),
  }));
  const readPerS = readRate(file);
  return {
    'import.rows': IMPORT_ROWS,
    'import.rows_per_s': Math.round(movedIn.rowsPerS),
    'import.duplicates_skipped': movedIn.skipped,
    'import.into_100k.rows_per_s': Math.round(big.imported.rowsPerS),
    'baseline.csv_read_only.rows_per_s': Math.round(readPerS),
    import_read_ratio: round(readPerS / movedIn.rowsPerS, 1),
    'duplicates.contacts': DUPLICATE_CONTACTS,
    'duplicates.scan_ms': round(big.duplicates.scanMs, 1),
    'baseline.duplicates_in_memory.ms': round(big.duplicates.baselineMs, 1),
    duplicates_speedup: round(big.duplicates.baselineMs / big.duplicates.scanMs, 1),
    'timeline.entries': TIMELINE_ENTRIES,
    'timeline.p95_ms': round(big.timeline.p95),
    'baseline.timeline_sort_all.p95_ms': round(big.timeline.baselineP95),
    timeline_speedup: round(big.timeline.baselineP95 / big.timeline.p95, 1),
  };
}
