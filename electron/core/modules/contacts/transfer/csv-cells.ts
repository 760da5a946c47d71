import {
  customTargetId,
  isCustomTarget,
  type ImportTarget,
} from '../../../../../shared/contacts/transfer-fields';
import { emptyDraft, fullName, type ContactDraft } from './contact-draft';
import { unguardFormula } from '../../../../../shared/csv/formula-guard';

/**
 * How list fields are split inside one cell. Our own export puts one value per line; other
 * programs use commas or semicolons. Phone numbers may hold commas and semicolons (dial pauses),
 * so only line breaks and Chinese list marks split them.
 */
const LIST_SEPARATORS: Record<'phones' | 'emails' | 'tags', RegExp> = {
  phones: /\r?\n|[，；、]/,
  emails: /[\s,;，；、]+/,
  tags: /[,;，；、|]/,
};

function listValues(cell: string, field: 'phones' | 'emails' | 'tags'): string[] {
  const separator = field !== 'emails' && cell.includes('\n') ? /\r?\n/ : LIST_SEPARATORS[field];
  return cell
    .split(separator)
    .map((value) => value.trim())
    .filter(Boolean);
}

/** Several columns mapped to one text field: the first filled one wins, except address and notes, which join. */
function addText(
  draft: ContactDraft,
  field: 'name' | 'companyName' | 'title' | 'address' | 'notes',
  value: string,
) {
  if (field === 'address' || field === 'notes')
    draft[field] = draft[field] ? `${draft[field]}\n${value}` : value;
  else draft[field] ||= value;
}

/** A CSV row's cells as an incoming contact, by the column mapping. */
export function contactDraftFromCells(
  cells: readonly string[],
  mapping: readonly (ImportTarget | null)[],
): ContactDraft {
  const draft = emptyDraft();
  let firstName = '';
  let lastName = '';
  mapping.forEach((field, column) => {
    const cell = unguardFormula(cells[column] ?? '');
    if (!field || cell.trim() === '') return;
    if (isCustomTarget(field)) {
      draft.custom[customTargetId(field)] ??= cell;
      return;
    }
    switch (field) {
      case 'phones':
      case 'emails':
      case 'tags':
        draft[field].push(...listValues(cell, field));
        break;
      case 'firstName':
        firstName ||= cell.trim();
        break;
      case 'lastName':
        lastName ||= cell.trim();
        break;
      default:
        addText(draft, field, field === 'address' || field === 'notes' ? cell : cell.trim());
    }
  });
  draft.name ||= fullName(firstName, lastName);
  return draft;
}
