import type { RowError } from '../../../../../shared/contacts/transfer-contract';
import type { ContactDraft } from './contact-draft';

/** One row of a CSV file or one card of a vCard file, read but not yet validated. */
export interface ImportRecord {
  /** Row number as a spreadsheet shows it (header = 1), or the card's number in a vCard file. */
  row: number;
  draft: ContactDraft;
  /** Problems found while reading: such a row is reported and never imported. */
  errors: RowError[];
  /** Where the record ends in the file's text, for progress. */
  end: number;
}
