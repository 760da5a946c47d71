import { CrmError } from '../../../../../shared/errors';

/** Why a whole file cannot be imported; the UI explains each reason in the user's language. */
export type ImportFileProblem =
  'empty' | 'binary' | 'undecodable' | 'no-name-column' | 'unknown-column' | 'wrong-mapping';

/** A file refused before any row of it is imported. */
export class ImportFileError extends CrmError {
  readonly problem: ImportFileProblem;

  constructor(problem: ImportFileProblem, message: string) {
    super('VALIDATION', message, { problem });
    this.problem = problem;
  }
}
