import { editablePatch, type Contact } from '../../../../../shared/contacts/contract';
import type { UndoResult } from '../../../../../shared/contacts/transfer-contract';
import { CrmError } from '../../../../../shared/errors';
import type { Db } from '../../../db/database';
import type { ContactRepository } from '../repository';
import type { ImportChanges } from './import-runs-repository';

/** The contact as stored, or null when there is none. */
function stored(contacts: ContactRepository, id: number): Contact | null {
  try {
    return contacts.get(id);
  } catch (error) {
    if (error instanceof CrmError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/**
 * Undoes an import in one transaction: the contacts it created go to the trash, the ones it
 * updated get their fields back. A contact someone changed (or trashed) since is left as it is
 * and reported, so an undo never overwrites later work.
 */
export function undoImport(
  deps: { db: Db; contacts: ContactRepository },
  changes: ImportChanges,
  at: number,
): UndoResult {
  const result: UndoResult = { removed: 0, restored: 0, kept: [] };
  // A contact the import created and then updated from a later row carries its updated version.
  const afterVersion = new Map(changes.updated.map((entry) => [entry.contactId, entry.afterVersion]));
  const created = new Set(changes.createdIds);
  /** The contact when it is as the import left it; else it is reported as kept. */
  const untouched = (id: number, version: number, name: string): Contact | null => {
    const contact = stored(deps.contacts, id);
    if (contact && contact.deletedAt === null && contact.version === version) return contact;
    result.kept.push({
      id,
      name: contact?.name ?? name,
      reason: contact && contact.deletedAt === null ? 'changed' : 'gone',
    });
    return null;
  };
  deps.db.transaction(() => {
    for (const id of changes.createdIds) {
      if (!untouched(id, afterVersion.get(id) ?? 1, '')) continue;
      deps.contacts.setTrashed(id, true, at);
      result.removed++;
    }
    for (const { contactId, before, afterVersion: version } of changes.updated) {
      if (created.has(contactId)) continue;
      const current = untouched(contactId, version, before.name);
      if (!current) continue;
      deps.contacts.update(contactId, current.version, editablePatch(before), at);
      result.restored++;
    }
  })();
  return result;
}
