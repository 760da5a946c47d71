import { MAX_UPLOAD_BYTES } from '../../../shared/contacts/transfer-contract';
import { CrmError } from '../../../shared/errors';
import type { Core } from '../core';
import type { DownloadFile } from './temp-files';

export { tooLarge } from './temp-files';

const MAX_FILE_NAME = 255;

function signedInUser(core: Core, token: string | null): number {
  const session = token ? core.context.sessions.resolve(token) : null;
  if (!session) throw new CrmError('UNAUTHENTICATED', 'Please sign in.');
  return session.user.id;
}

/** The name a file was chosen by, without any folder; refused when empty or overlong. */
export function uploadFileName(raw: string): string {
  const name = raw.split(/[\\/]/).at(-1)!.trim();
  if (name === '' || name.length > MAX_FILE_NAME || [...name].some((char) => char.charCodeAt(0) < 0x20)) {
    throw new CrmError('VALIDATION', 'The file needs a name of at most 255 characters.', {
      issues: [{ path: ['fileName'], message: 'not a file name' }],
    });
  }
  return name;
}

/**
 * Receives a file for a later call (an import) as the signed-in user: what every transport
 * does with an upload (DESIGN §2). Larger than `limit` is PAYLOAD_TOO_LARGE.
 */
export async function receiveUpload(
  core: Core,
  token: string | null,
  fileName: string,
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  limit = MAX_UPLOAD_BYTES,
): Promise<{ uploadId: string; size: number }> {
  const userId = signedInUser(core, token);
  return core.context.files.saveUpload(userId, uploadFileName(fileName), body, limit);
}

/** A prepared download of the signed-in user. */
export function findDownload(core: Core, token: string | null, downloadId: string): DownloadFile {
  return core.context.files.download(downloadId, signedInUser(core, token));
}
