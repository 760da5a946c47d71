import type { ContactShares } from '../../../../shared/contacts/sharing-contract';
import type { Db } from '../../db/database';

/**
 * "Contact `c` is visible to user ?": owned by them or shared with them. Takes the user id twice;
 * the contacts repository adds it to scoped lists and searches, so the rule is written once.
 */
export const VISIBLE_TO_USER = `(c.owner_id = ? OR EXISTS (
  SELECT 1 FROM contact_shares s WHERE s.user_id = ? AND s.contact_id = c.id))`;

export function createContactShareRepository(db: Db) {
  const visible = db.prepare<[number, number, number], { id: number }>(
    `SELECT c.id FROM contacts c WHERE c.id = ? AND ${VISIBLE_TO_USER}`,
  );
  const list = db.prepare<[number], { id: number; display_name: string }>(
    `SELECT u.id, u.display_name FROM contact_shares s JOIN users u ON u.id = s.user_id
     WHERE s.contact_id = ? ORDER BY u.display_name, u.id`,
  );
  const clear = db.prepare('DELETE FROM contact_shares WHERE contact_id = ?');
  const seers = db.prepare<[number, number], { id: number }>(
    `SELECT owner_id AS id FROM contacts WHERE id = ? AND owner_id IS NOT NULL
     UNION SELECT user_id FROM contact_shares WHERE contact_id = ?
     UNION SELECT id FROM users WHERE role IN ('admin', 'owner') AND active = 1`,
  );
  const insert = db.prepare(
    'INSERT OR IGNORE INTO contact_shares (user_id, contact_id) SELECT value, ? FROM json_each(?)',
  );

  const get = (contactId: number): ContactShares => ({
    contactId,
    users: list.all(contactId).map((row) => ({ id: row.id, displayName: row.display_name })),
  });

  return {
    isVisibleTo: (contactId: number, userId: number): boolean =>
      visible.get(contactId, userId, userId) !== undefined,
    /** Everyone who sees the contact when staff see only their own and shared customers. */
    seersOf: (contactId: number): number[] => seers.all(contactId, contactId).map((row) => row.id),
    get,
    set(contactId: number, userIds: readonly number[]): ContactShares {
      db.transaction(() => {
        clear.run(contactId);
        insert.run(contactId, JSON.stringify(userIds));
      })();
      return get(contactId);
    },
  };
}

export type ContactShareRepository = ReturnType<typeof createContactShareRepository>;
