import type { CrmErrorShape } from './errors';

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

/** Commands from the desktop menu (Electron only), e.g. "new-contact", "search". */
export type AppCommand = 'new-contact' | 'search' | 'settings';

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
  /** Menu commands of the desktop app; absent in a browser. */
  onCommand?(listener: (command: AppCommand) => void): () => void;
}
