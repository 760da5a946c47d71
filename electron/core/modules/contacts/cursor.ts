import { CrmError } from '../../../../shared/errors';

/** A keyset position: the sort column's value and the id of the last row shown. */
export interface CursorValue {
  key: string;
  value: string | number;
  id: number;
}

export function encodeCursor(cursor: CursorValue): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.value, cursor.id])).toString('base64url');
}

/** Refuses a cursor that is malformed or was made for another sort order. */
export function decodeCursor(text: string, key: string): CursorValue {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3) {
      const [k, value, id] = parsed as unknown[];
      if (k === key && (typeof value === 'string' || typeof value === 'number') && Number.isInteger(id)) {
        return { key, value, id: id as number };
      }
    }
  } catch {
    // falls through to the error below
  }
  throw new CrmError('VALIDATION', 'This list position is not valid any more; start from the top.', {
    issues: [{ path: ['cursor'], message: 'invalid cursor' }],
  });
}

/** Where a list ordered by a text key then id resumes: after the cursor's row, or from the start. */
export function resumeAfter(cursor: string | null, key: string): { afterKey: string; afterId: number } {
  const after = cursor ? decodeCursor(cursor, key) : null;
  return { afterKey: after ? String(after.value) : '', afterId: after ? after.id : 0 };
}

/**
 * A page of a keyset list from the `limit + 1` rows read for it: the first `limit` as items,
 * and, when the extra row tells that more follow, the cursor after the last one shown.
 */
export function keysetPage<R, T>(
  rows: readonly R[],
  limit: number,
  itemsOf: (rows: R[]) => T[],
  cursorAfter: (last: R) => string,
): { items: T[]; nextCursor: string | null } {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return { items: itemsOf(shown), nextCursor: rows.length > limit && last ? cursorAfter(last) : null };
}
