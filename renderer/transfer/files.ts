import type { TFunction } from 'i18next';
import type { CallResult, PickedFile, UploadResult } from '../../shared/bridge';
import { CallError } from '../bridge/CallError';
import { getBridge } from '../bridge/getBridge';
import type { ErrorMessageOverrides } from '../i18n/errorMessages';

async function unwrap<T>(what: string, outcome: Promise<CallResult<T>>): Promise<T> {
  let result: CallResult<T>;
  try {
    result = await outcome;
  } catch (error) {
    throw new CallError(what, { code: 'NETWORK', message: String(error) });
  }
  if (!result.ok) throw new CallError(what, result.error);
  return result.result;
}

/** Sends a file ahead of the call that uses it (an import, an attachment); throws a CallError like `call()`. */
export const uploadFile = (file: PickedFile): Promise<UploadResult> =>
  unwrap('upload', getBridge().upload(file));

/** Saves a prepared download where the user wants it; false when they cancelled. */
export const downloadFile = async (downloadId: string, fileName: string): Promise<boolean> =>
  (await unwrap('download', getBridge().download(downloadId, fileName))).saved;

const FILE_PROBLEMS = [
  'empty',
  'binary',
  'undecodable',
  'no-name-column',
  'unknown-column',
  'wrong-mapping',
] as const;
type FileProblem = (typeof FILE_PROBLEMS)[number];
const isFileProblem = (value: unknown): value is FileProblem =>
  (FILE_PROBLEMS as readonly unknown[]).includes(value);

/** A file refused as a whole says why, in the user's language. */
export function fileProblemOverrides(error: unknown): ErrorMessageOverrides {
  const problem = error instanceof CallError ? error.details?.problem : undefined;
  if (!isFileProblem(problem)) return {};
  return { VALIDATION: (t: TFunction) => t(`transfer.problems.${problem}`) };
}
