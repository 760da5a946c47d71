import { isAppUrl } from './app-origin';

/** What the IPC handler knows of the frame that sent a message (Electron's WebFrameMain). */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

export interface IpcSender {
  /** Null when the frame navigated away or was destroyed before the message was handled. */
  frame: SenderFrame | null;
  /** Whether the sending webContents is one of the app's own windows. */
  isAppWindow: boolean;
}

/**
 * An IPC message is answered only when it comes from the top frame of one of our windows
 * showing our own origin: never from an iframe, a foreign page, or a window we did not open.
 */
export function isTrustedSender(sender: IpcSender): boolean {
  const { frame } = sender;
  return sender.isAppWindow && frame !== null && frame.parent === null && isAppUrl(frame.url);
}
