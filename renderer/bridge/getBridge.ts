import type { CrmBridge } from '../../shared/bridge';
import { createEventChannel, type SocketHandlers, type SocketLike } from './eventChannel';
import { createHttpBridge } from './httpBridge';
import { storageTokenStore } from './tokenStore';

function eventsUrl(location: Location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api/events`;
}

function openEventSocket(handlers: SocketHandlers): SocketLike {
  const socket = new WebSocket(eventsUrl(window.location));
  socket.onopen = () => handlers.onOpen();
  socket.onmessage = (message) => handlers.onMessage(message.data);
  socket.onclose = (event) => handlers.onClose(event.code);
  return { send: (data) => socket.send(data), close: () => socket.close() };
}

function createBrowserBridge(): CrmBridge {
  return createHttpBridge({
    fetch: (url, init) => window.fetch(url, init),
    tokens: storageTokenStore(window.sessionStorage),
    events: createEventChannel({
      openSocket: openEventSocket,
      setTimer: (run, ms) => window.setTimeout(run, ms),
      clearTimer: (timer) => window.clearTimeout(timer as number),
    }),
  });
}

let bridge: CrmBridge | undefined;

/** Electron's preload provides `window.crm`; a browser gets the HTTP implementation. */
export function getBridge(): CrmBridge {
  bridge ??= (window as Window & { crm?: CrmBridge }).crm ?? createBrowserBridge();
  return bridge;
}
