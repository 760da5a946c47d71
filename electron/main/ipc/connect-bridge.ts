import { app, BrowserWindow, dialog, ipcMain, webContents } from 'electron';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PushEvent } from '../../../shared/bridge';
import type { Core } from '../../core/core';
import { canSee } from '../../core/events';
import { osDetect, osLaunch } from '../remote/os-launch';
import { isAppUrl } from '../security/app-origin';
import { createCallHandler } from './call-handler';
import {
  CALL_CHANNEL,
  DOWNLOAD_CHANNEL,
  EVENT_CHANNEL,
  REMOTE_DETECT_CHANNEL,
  REMOTE_LAUNCH_CHANNEL,
  REMOTE_TEST_CHANNEL,
  SUPPORT_LAUNCH_CHANNEL,
  UPLOAD_CHANNEL,
} from './channels';
import { createRemoteLaunchHandlers } from './remote-launch-handler';
import { createTransferHandler } from './transfer-handler';
import { pushRecipients, type WindowSessions } from './window-sessions';

/**
 * Connects the windows to the core: answers `crm:call` and pushes core events to each window
 * whose user may see them. Returns the function that disconnects both.
 */
export function connectBridge(core: Core, sessions: WindowSessions): () => void {
  const handleCall = createCallHandler({ dispatch: core.dispatch, sessions });
  ipcMain.handle(CALL_CHANNEL, (event, name: unknown, input: unknown) =>
    handleCall({ contentsId: event.sender.id, frame: event.senderFrame }, name, input),
  );

  const transfer = createTransferHandler({
    core,
    sessions,
    async chooseSavePath(contentsId, fileName) {
      const contents = webContents.fromId(contentsId);
      const window = contents ? BrowserWindow.fromWebContents(contents) : null;
      const options = { defaultPath: join(app.getPath('downloads'), fileName) };
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    copyFile: (from, to) => copyFile(from, to),
  });
  ipcMain.handle(UPLOAD_CHANNEL, (event, fileName: unknown, bytes: unknown) =>
    transfer.upload({ contentsId: event.sender.id, frame: event.senderFrame }, fileName, bytes),
  );
  ipcMain.handle(DOWNLOAD_CHANNEL, (event, downloadId: unknown) =>
    transfer.download({ contentsId: event.sender.id, frame: event.senderFrame }, downloadId),
  );

  const launchRemote = createRemoteLaunchHandlers({ core, sessions, os: osLaunch, detect: osDetect });
  ipcMain.handle(REMOTE_LAUNCH_CHANNEL, (event, sessionId: unknown) =>
    launchRemote.session({ contentsId: event.sender.id, frame: event.senderFrame }, sessionId),
  );
  ipcMain.handle(SUPPORT_LAUNCH_CHANNEL, (event, requestId: unknown) =>
    launchRemote.support({ contentsId: event.sender.id, frame: event.senderFrame }, requestId),
  );
  ipcMain.handle(REMOTE_DETECT_CHANNEL, (event) =>
    launchRemote.detect({ contentsId: event.sender.id, frame: event.senderFrame }),
  );
  ipcMain.handle(REMOTE_TEST_CHANNEL, (event, profile: unknown) =>
    launchRemote.test({ contentsId: event.sender.id, frame: event.senderFrame }, profile),
  );

  const resolveUserId = (token: string) => core.context.sessions.resolve(token)?.user.id ?? null;
  const unsubscribe = core.events.subscribe((event) => {
    const message: PushEvent = { name: event.name, data: event.data };
    for (const id of pushRecipients(sessions, resolveUserId, (userId) => canSee(event, userId))) {
      const contents = webContents.fromId(id);
      if (contents && !contents.isDestroyed() && isAppUrl(contents.getURL())) {
        contents.send(EVENT_CHANNEL, message);
      }
    }
  });

  return () => {
    ipcMain.removeHandler(CALL_CHANNEL);
    ipcMain.removeHandler(UPLOAD_CHANNEL);
    ipcMain.removeHandler(DOWNLOAD_CHANNEL);
    ipcMain.removeHandler(REMOTE_LAUNCH_CHANNEL);
    ipcMain.removeHandler(SUPPORT_LAUNCH_CHANNEL);
    ipcMain.removeHandler(REMOTE_DETECT_CHANNEL);
    ipcMain.removeHandler(REMOTE_TEST_CHANNEL);
    unsubscribe();
  };
}
