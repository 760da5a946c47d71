import type {
  AppCommand,
  CallResult,
  CrmBridge,
  PushEvent,
  RemoteLaunchResult,
  UploadResult,
} from '../../shared/bridge';
import type { RemoteToolsDetection, ToolTestResult } from '../../shared/remote/tool-test';
import {
  CALL_CHANNEL,
  COMMAND_CHANNEL,
  DOWNLOAD_CHANNEL,
  EVENT_CHANNEL,
  REMOTE_DETECT_CHANNEL,
  REMOTE_LAUNCH_CHANNEL,
  REMOTE_TEST_CHANNEL,
  SUPPORT_LAUNCH_CHANNEL,
  UPLOAD_CHANNEL,
} from '../main/ipc/channels';

type IpcListener = (event: unknown, payload: unknown) => void;

/** The part of Electron's ipcRenderer the bridge uses (and the only part it can reach). */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

const APP_COMMANDS: ReadonlySet<string> = new Set<AppCommand>([
  'new-contact',
  'search',
  'settings',
  'remote-help',
]);

function isPushEvent(payload: unknown): payload is PushEvent {
  return typeof payload === 'object' && payload !== null && typeof (payload as PushEvent).name === 'string';
}

function isAppCommand(payload: unknown): payload is AppCommand {
  return typeof payload === 'string' && APP_COMMANDS.has(payload);
}

/**
 * `window.crm` over IPC: a few fixed channels, listeners that receive plain data (never
 * Electron's event object, which would hand the page `sender`), and no way to send anything else.
 */
export function createBridge(ipc: RendererIpc): CrmBridge {
  const subscribe = <T>(
    channel: string,
    accept: (payload: unknown) => payload is T,
    listener: (value: T) => void,
  ) => {
    const onMessage: IpcListener = (_event, payload) => {
      if (accept(payload)) listener(payload);
    };
    ipc.on(channel, onMessage);
    return () => {
      ipc.removeListener(channel, onMessage);
    };
  };

  const invoke = async <T>(channel: string, ...args: unknown[]): Promise<CallResult<T>> => {
    try {
      return (await ipc.invoke(channel, ...args)) as CallResult<T>;
    } catch {
      // invoke rejects when the input cannot be cloned or the main process failed.
      return { ok: false, error: { code: 'INTERNAL', message: 'The app could not handle this request.' } };
    }
  };

  return {
    kind: 'electron',
    call: (name: string, input: unknown) => invoke(CALL_CHANNEL, name, input),
    upload: async (file) =>
      invoke<UploadResult>(UPLOAD_CHANNEL, file.name, new Uint8Array(await file.arrayBuffer())),
    download: (downloadId) => invoke<{ saved: boolean }>(DOWNLOAD_CHANNEL, downloadId),
    // The main process rebuilds the launch from the stored session: only its id crosses over.
    launchRemote: (sessionId) => invoke<RemoteLaunchResult>(REMOTE_LAUNCH_CHANNEL, sessionId),
    launchSupportTool: (requestId) => invoke<RemoteLaunchResult>(SUPPORT_LAUNCH_CHANNEL, requestId),
    detectRemoteTools: () => invoke<RemoteToolsDetection>(REMOTE_DETECT_CHANNEL),
    testRemoteTool: (profile) => invoke<ToolTestResult>(REMOTE_TEST_CHANNEL, profile),
    on: (listener) =>
      subscribe(EVENT_CHANNEL, isPushEvent, (event) => listener({ name: event.name, data: event.data })),
    onCommand: (listener) => subscribe(COMMAND_CHANNEL, isAppCommand, listener),
  };
}
