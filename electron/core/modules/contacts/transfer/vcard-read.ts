import type { ImportRecord } from './import-record';
import { contactDraftFromCard } from './vcard-card';
import { isQuotedPrintable, parseContentLine, type VcardProperty } from './vcard-property';
import { unfoldedLines } from './vcard-text';

/**
 * The cards of a vCard file (3.0 or 4.0, and 2.1's quoted-printable), one record each.
 * Lines outside BEGIN:VCARD … END:VCARD are ignored; a card cut off at the end is reported.
 */
export function* vcardRecords(text: string): Generator<ImportRecord> {
  let card: VcardProperty[] | null = null;
  let row = 0;
  let pendingQuotedPrintable: VcardProperty | null = null;
  let end = 0;
  for (const { line, end: lineEnd } of unfoldedLines(text)) {
    end = lineEnd;
    if (pendingQuotedPrintable) {
      // A quoted-printable value ending in '=' goes on, unindented, on the next line.
      pendingQuotedPrintable.value = pendingQuotedPrintable.value.slice(0, -1) + line;
      if (!line.endsWith('=')) pendingQuotedPrintable = null;
      continue;
    }
    const property = parseContentLine(line);
    if (!property) continue;
    if (property.name === 'BEGIN' && property.value.trim().toUpperCase() === 'VCARD') {
      card = [];
      row++;
    } else if (property.name === 'END' && property.value.trim().toUpperCase() === 'VCARD') {
      if (card) yield { row, draft: contactDraftFromCard(card), errors: [], end };
      card = null;
    } else if (card) {
      card.push(property);
      if (isQuotedPrintable(property) && property.value.endsWith('=')) pendingQuotedPrintable = property;
    }
  }
  if (card) {
    yield {
      row,
      draft: contactDraftFromCard(card),
      errors: [{ row, field: null, message: 'the card has no END:VCARD line; the file may be cut off' }],
      end,
    };
  }
}
