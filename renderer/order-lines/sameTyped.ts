/**
 * Whether two typed numbers are the same: by what they read ("2.5" is "2.50"), or, when either
 * does not read, as typed.
 */
export function sameTyped(a: string, b: string, read: (text: string) => number | null): boolean {
  const [numberA, numberB] = [read(a), read(b)];
  return numberA === null || numberB === null ? a === b : numberA === numberB;
}
