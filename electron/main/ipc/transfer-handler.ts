import type { CallResult } from '../../../shared/bridge';
import { CrmError } from '../../../shared/errors';
import type { Core } from '../../core/core';
import { findDownload, receiveUpload } from '../../core/jobs/file-transfer';
import { isTrustedSender } from '../security/sender';
import type { CallSender } from './call-handler';
import type { WindowSessions } from './window-sessions';

export interface TransferHandlerDeps {
  core: Core;
  sessions: WindowSessions;
  /** Asks the user where to save `fileName`; null when they cancel. */
  chooseSavePath(contentsId: number, fileName: string): Promise<string | null>;
  copyFile(from: string, to: string): Promise<void>;
}

async function answer<T>(run: () => Promise<T>): Promise<CallResult<T>> {
  try {
    return { ok: true, result: await run() };
  } catch (error) {
    if (error instanceof CrmError) return { ok: false, error: error.toShape() };
    throw error;
  }
}

/**
 * `crm:upload` and `crm:download`, the IPC face of the file transport: a file's bytes go to the
 * core's temp files as the window's user; a prepared download is saved where the user chooses.
 */
export function createTransferHandler(deps: TransferHandlerDeps) {
  const check = (sender: CallSender) => {
    const isAppWindow = deps.sessions.isAppWindow(sender.contentsId);
    if (!isTrustedSender({ frame: sender.frame, isAppWindow })) {
      throw new CrmError('FORBIDDEN', 'Only the CRM window may call the CRM.');
    }
    return deps.sessions.tokenFor(sender.contentsId);
  };
  const validation = (message: string) => new CrmError('VALIDATION', message);

  return {
    upload: (sender: CallSender, fileName: unknown, bytes: unknown) =>
      answer(async () => {
        const token = check(sender);
        if (typeof fileName !== 'string') throw validation('The file needs a name.');
        if (!(bytes instanceof Uint8Array)) throw validation("Send the file's bytes.");
        return receiveUpload(deps.core, token, fileName, [bytes]);
      }),

    download: (sender: CallSender, downloadId: unknown) =>
      answer(async () => {
        const token = check(sender);
        if (typeof downloadId !== 'string') throw validation('A download id is required.');
        const file = findDownload(deps.core, token, downloadId);
        const path = await deps.chooseSavePath(sender.contentsId, file.fileName);
        if (path === null) return { saved: false };
        await deps.copyFile(file.path, path);
        return { saved: true };
      }),
  };
}
