import { CONTACT_FIELDS, type Contact } from '../../../../shared/contacts/contract';
import type { CustomValues } from '../../../../shared/custom-fields/contract';
import type { FieldValue, TimelineEntry } from '../../../../shared/timeline/contract';
import type { Db } from '../../db/database';
import { NEWEST, type SourceBound } from '../timeline/registry';
import type { ContactLink } from './links';

export interface FieldChange {
  field: string;
  oldValue: FieldValue;
  newValue: FieldValue;
}

const differ = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** One change per custom field whose value differs, as field `custom.<id>`; null where there is none. */
function customChanges(before: CustomValues, after: CustomValues): FieldChange[] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return ids.flatMap((id) => {
    const oldValue = before[id] ?? null;
    const newValue = after[id] ?? null;
    return differ(oldValue, newValue) ? [{ field: `custom.${id}`, oldValue, newValue }] : [];
  });
}

/** The tracked fields that differ between two versions of a contact. */
export function fieldChanges(before: Contact, after: Contact): FieldChange[] {
  return CONTACT_FIELDS.flatMap((field) => {
    if (field === 'custom') return customChanges(before.custom, after.custom);
    const oldValue = before[field];
    const newValue = after[field];
    return differ(oldValue, newValue) ? [{ field, oldValue, newValue }] : [];
  });
}

interface ChangeRow {
  id: number;
  field: string;
  old_value: string;
  new_value: string;
  changed_by: number | null;
  changed_by_name: string | null;
  changed_at: number;
}

const toTimelineEntry = (row: ChangeRow): TimelineEntry => ({
  kind: 'contact_change',
  id: row.id,
  at: row.changed_at,
  actor: row.changed_by === null ? null : { id: row.changed_by, name: row.changed_by_name ?? '' },
  data: {
    field: row.field,
    oldValue: JSON.parse(row.old_value) as FieldValue,
    newValue: JSON.parse(row.new_value) as FieldValue,
  },
});

/** The contact_changes log: who changed which field of a contact, when, from what to what. */
export function createContactChangeRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO contact_changes (contact_id, field, old_value, new_value, changed_by, changed_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const before = db.prepare<[number, number, number, number], ChangeRow>(
    `SELECT ch.id, ch.field, ch.old_value, ch.new_value, ch.changed_by, u.display_name AS changed_by_name,
       ch.changed_at
     FROM contact_changes ch LEFT JOIN users u ON u.id = ch.changed_by
     WHERE ch.contact_id = ? AND (ch.changed_at, ch.id) < (?, ?)
     ORDER BY ch.changed_at DESC, ch.id DESC LIMIT ?`,
  );

  const idsOf = db.prepare<[number], { id: number }>('SELECT id FROM contact_changes WHERE contact_id = ?');
  const reassign = db.prepare(
    'UPDATE contact_changes SET contact_id = ? WHERE id IN (SELECT value FROM json_each(?))',
  );

  return {
    record(contactId: number, changes: readonly FieldChange[], by: number, at: number): void {
      for (const { field, oldValue, newValue } of changes) {
        insert.run(contactId, field, JSON.stringify(oldValue), JSON.stringify(newValue), by, at);
      }
    },

    /** A merged-away contact's history moves with it to the merged contact. */
    contactLink: {
      itemsOf: (contactId: number) => idsOf.all(contactId).map((row) => row.id),
      reassign: (ids: readonly number[], contactId: number) =>
        void reassign.run(contactId, JSON.stringify(ids)),
    } satisfies ContactLink,

    timelineSource(contactId: number, bound: SourceBound | null, limit: number): TimelineEntry[] {
      const { at, id } = bound ?? NEWEST;
      return before.all(contactId, at, id, limit).map(toTimelineEntry);
    },
  };
}

export type ContactChangeRepository = ReturnType<typeof createContactChangeRepository>;
