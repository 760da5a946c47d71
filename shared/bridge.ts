import type { CrmErrorShape } from './errors';
import type { PlannedLaunch, ToolProfile } from './remote/launch-plan';
import type { RemoteToolsDetection, ToolTestResult } from './remote/tool-test';

export type CallResult<T = unknown> = { ok: true; result: T } | { ok: false; error: CrmErrorShape };

/** A server push event as every transport delivers it to the renderer. */
export interface PushEvent {
  name: string;
  data: unknown;
}

/** A file sent ahead of the call that uses it (an import). */
export interface UploadResult {
  uploadId: string;
  size: number;
}

/** A file the user picked: a browser File, or anything with a name and its bytes. */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * How starting a remote-help tool went (shared/remote): `toolMissing` when this machine lacks it,
 * `browserCannotRunPrograms` when a browser was asked to run a program rather than open a URI.
 */
export type RemoteLaunchResult =
  | { launched: true }
  | {
      launched: false;
      reason: 'toolMissing' | 'schemeNotAllowed' | 'badProgram' | 'failed' | 'browserCannotRunPrograms';
    };

/** Commands from the desktop menu (Electron only), e.g. "new-contact", "search", "remote-help". */
export type AppCommand = 'new-contact' | 'search' | 'settings' | 'remote-help';

/**
 * `window.crm`: the only thing the renderer knows of its host (DESIGN §2). Electron's preload
 * implements it over IPC; in a browser the renderer implements it over HTTP and WebSocket.
 */
export interface CrmBridge {
  readonly kind: 'electron' | 'browser';
  call(name: string, input: unknown): Promise<CallResult>;
  /** Subscribes to server push events; returns the unsubscribe function. */
  on(listener: (event: PushEvent) => void): () => void;
  /** Sends a file larger than a call may carry; later calls name it by its upload id. */
  upload(file: PickedFile): Promise<CallResult<UploadResult>>;
  /**
   * Saves a prepared download (an export, an import's errors): a save dialog in the desktop app,
   * the browser's download otherwise. `saved` is false when the user cancelled.
   */
  download(downloadId: string, fileName: string): Promise<CallResult<{ saved: boolean }>>;
  /**
   * Starts the tool of a remote-help session that `remote.start` logged. The desktop app rebuilds
   * the launch from the stored session; a browser can only hand `launch`'s URI to the system.
   */
  launchRemote(sessionId: number, launch: PlannedLaunch): Promise<CallResult<RemoteLaunchResult>>;
  /** Opens the company's tool to be helped by the vendor, for a request `remote.vendorHelp` logged. */
  launchSupportTool(requestId: number, launch: PlannedLaunch): Promise<CallResult<RemoteLaunchResult>>;
  /** Where this computer has each remote-help tool; a browser answers that only the desktop app can look. */
  detectRemoteTools(): Promise<CallResult<RemoteToolsDetection>>;
  /**
   * What a session under `profile` would run, resolved on this computer without starting anything
   * (shared/remote/tool-test.ts); a browser resolves links only.
   */
  testRemoteTool(profile: ToolProfile): Promise<CallResult<ToolTestResult>>;
  /** Menu commands of the desktop app; absent in a browser. */
  onCommand?(listener: (command: AppCommand) => void): () => void;
}
