import { ipcMain, webContents } from 'electron';
import type { PushEvent } from '../../../shared/bridge';
import type { Core } from '../../core/core';
import { canSee } from '../../core/events';
import { isAppUrl } from '../security/app-origin';
import { createCallHandler } from './call-handler';
import { CALL_CHANNEL, EVENT_CHANNEL } from './channels';
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
    unsubscribe();
  };
}
