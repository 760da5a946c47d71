import { describe, expect, it } from 'vitest';
import type { PushEvent } from '../../../shared/bridge';
import {
  createEventChannel,
  retryDelay,
  SOCKET_UNAUTHORIZED,
  type SocketHandlers,
} from '../../../renderer/bridge/eventChannel';

function harness() {
  const sockets: { handlers: SocketHandlers; sent: string[]; closed: boolean }[] = [];
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const channel = createEventChannel({
    openSocket: (handlers) => {
      const socket = { handlers, sent: [] as string[], closed: false };
      sockets.push(socket);
      return { send: (data) => socket.sent.push(data), close: () => (socket.closed = true) };
    },
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
  });
  return { channel, sockets, timers };
}

describe('push event channel', () => {
  it('authenticates first, then delivers events to subscribers', () => {
    const { channel, sockets } = harness();
    const received: PushEvent[] = [];
    channel.subscribe((event) => received.push(event));
    channel.start('tok');
    const socket = sockets[0]!;
    socket.handlers.onOpen();
    expect(JSON.parse(socket.sent[0]!)).toEqual({ type: 'auth', token: 'tok' });
    socket.handlers.onMessage(JSON.stringify({ type: 'ready' }));
    socket.handlers.onMessage(JSON.stringify({ type: 'event', name: 'contact.changed', data: { id: 1 } }));
    socket.handlers.onMessage('not json');
    expect(received).toEqual([{ name: 'contact.changed', data: { id: 1 } }]);
  });

  it('reconnects after a drop, waiting longer after each failure', () => {
    const { channel, sockets, timers } = harness();
    channel.start('tok');
    sockets[0]!.handlers.onClose(1006);
    expect(timers[0]!.ms).toBe(retryDelay(0));
    timers[0]!.run();
    sockets[1]!.handlers.onClose(1006);
    expect(timers[1]!.ms).toBe(retryDelay(1));
    expect(retryDelay(1)).toBeGreaterThan(retryDelay(0));
    expect(retryDelay(20)).toBe(30_000);
  });

  it('does not reconnect when the host refuses the token', () => {
    const { channel, sockets, timers } = harness();
    channel.start('bad');
    sockets[0]!.handlers.onClose(SOCKET_UNAUTHORIZED);
    expect(timers).toHaveLength(0);
  });

  it('stops for good on sign-out: the socket closes and a pending retry is cancelled', () => {
    const { channel, sockets, timers } = harness();
    channel.start('tok');
    sockets[0]!.handlers.onClose(1006);
    channel.stop();
    expect(timers[0]!.cleared).toBe(true);
    channel.start('tok-2');
    channel.stop();
    expect(sockets[1]!.closed).toBe(true);
    sockets[1]!.handlers.onClose(1000);
    expect(timers).toHaveLength(1);
  });
});
