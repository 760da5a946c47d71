import type { PushEvent } from '../../shared/bridge';

/** What the channel hears from a socket. */
export interface SocketHandlers {
  onOpen(): void;
  onMessage(data: unknown): void;
  onClose(code: number): void;
}

/** The part of a WebSocket the channel uses; tests pass a fake. */
export interface SocketLike {
  send(data: string): void;
  close(): void;
}

export interface EventChannelDeps {
  openSocket(handlers: SocketHandlers): SocketLike;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

export interface EventChannel {
  /** Connects (or reconnects) with this session token. */
  start(token: string): void;
  stop(): void;
  subscribe(listener: (event: PushEvent) => void): () => void;
}

/** The host closes with this code when the token is not (or no longer) valid. */
export const SOCKET_UNAUTHORIZED = 4401;
const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 30_000;

export function retryDelay(failures: number): number {
  return Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** failures);
}

/** Server push over `/api/events`: authenticates first, then reconnects with backoff. */
export function createEventChannel(deps: EventChannelDeps): EventChannel {
  const listeners = new Set<(event: PushEvent) => void>();
  let socket: SocketLike | null = null;
  let token: string | null = null;
  let retryTimer: unknown = null;
  let failures = 0;

  const deliver = (raw: unknown) => {
    if (typeof raw !== 'string') return;
    let message: unknown;
    try {
      message = JSON.parse(raw);
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    const { type, name, data } = message as { type?: unknown; name?: unknown; data?: unknown };
    if (type === 'ready') failures = 0;
    if (type === 'event' && typeof name === 'string') {
      for (const listener of listeners) listener({ name, data });
    }
  };

  const connect = () => {
    if (token === null) return;
    const sessionToken = token;
    const current: SocketLike = deps.openSocket({
      onOpen: () => current.send(JSON.stringify({ type: 'auth', token: sessionToken })),
      onMessage: deliver,
      onClose: (code) => {
        if (socket !== current) return;
        socket = null;
        if (code === SOCKET_UNAUTHORIZED || token === null) return;
        retryTimer = deps.setTimer(connect, retryDelay(failures));
        failures += 1;
      },
    });
    socket = current;
  };

  const disconnect = () => {
    if (retryTimer !== null) deps.clearTimer(retryTimer);
    retryTimer = null;
    const current = socket;
    socket = null;
    current?.close();
  };

  return {
    start(nextToken) {
      disconnect();
      token = nextToken;
      failures = 0;
      connect();
    },
    stop() {
      token = null;
      disconnect();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
