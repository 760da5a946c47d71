/**
 * `insertion` put into `text` at `caret`, set apart from the words on either side by a space,
 * and the caret just after it.
 */
export function insertAtCaret(
  text: string,
  caret: number,
  insertion: string,
): { text: string; caret: number } {
  const before = text.slice(0, caret);
  const after = text.slice(caret);
  const lead = before !== '' && !/\s$/.test(before) ? ' ' : '';
  const trail = after !== '' && !/^\s/.test(after) ? ' ' : '';
  const inserted = `${lead}${insertion}${trail}`;
  return { text: `${before}${inserted}${after}`, caret: before.length + inserted.length };
}
