import type { Contact } from '../../../shared/contacts/contract';
import type {
  DuplicatePolicy,
  ImportProgress,
  ImportSummary,
  MatchField,
} from '../../../shared/contacts/transfer-contract';
import type { ImportTarget } from '../../../shared/contacts/transfer-fields';
import type { CustomerScope } from '../modules/contacts/visibility';

/** What the import worker needs: where the company database is, the file, and the choices made. */
export interface ImportJob {
  file: string;
  nativeBinding?: string;
  bytes: Uint8Array;
  fileName: string;
  mapping: (ImportTarget | null)[] | null;
  match: MatchField;
  onDuplicate: DuplicatePolicy;
  ownerId: number;
  /** The starting user's customers: a plain object, so it crosses to the worker. */
  scope: CustomerScope;
  batchSize: number;
}

/** The worker's messages to the thread that started it. */
export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; summary: ImportSummary; before: Contact[]; afterVersions: [number, number][] }
  | { type: 'failed'; message: string };

/** The thread's one message to the worker. */
export const CANCEL_IMPORT = 'cancel';
