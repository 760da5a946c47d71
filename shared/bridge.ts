import type { CrmErrorShape } from './errors';

export type CallResult<T = unknown> = { ok: true; result: T } | { ok: false; error: CrmErrorShape };

/** A server push event as every transport delivers it to the renderer. */
export interface PushEvent {
  name: string;
  data: unknown;
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
  /** Menu commands of the desktop app; absent in a browser. */
  onCommand?(listener: (command: AppCommand) => void): () => void;
}
