export interface Rebased<Values, Field extends keyof Values> {
  values: Values;
  /** Fields both the user and someone else changed: the user's value is kept and flagged. */
  clashes: Field[];
}

/**
 * After a stale save (CONFLICT): moves the user's edits onto the latest saved record. Fields the
 * user left alone take the newest values; fields they changed keep what they typed. `base` is
 * the form as first shown, `theirs` the latest record as a form, `mine` what is typed now.
 */
export function rebaseValues<Values extends object, Field extends keyof Values>(
  fields: readonly Field[],
  base: Values,
  theirs: Values,
  mine: Values,
  same: (a: Values, b: Values, field: Field) => boolean,
): Rebased<Values, Field> {
  const values: Values = { ...theirs };
  const clashes: Field[] = [];
  for (const field of fields) {
    if (same(mine, base, field)) continue;
    values[field] = mine[field];
    if (!same(theirs, base, field) && !same(mine, theirs, field)) clashes.push(field);
  }
  return { values, clashes };
}
