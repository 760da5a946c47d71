import { EventEmitter } from 'node:events';
import { describe, expect, test, vi } from 'vitest';
import { CALL_CHANNEL, COMMAND_CHANNEL, EVENT_CHANNEL } from '../../../electron/main/ipc/channels';
import { createBridge, type RendererIpc } from '../../../electron/preload/bridge';

/** ipcRenderer as the preload sees it: invoke plus the listeners of incoming messages. */
function fakeIpc(
  answer: (channel: string, ...args: unknown[]) => Promise<unknown> = () => Promise.resolve(),
) {
  const emitter = new EventEmitter();
  const invoke = vi.fn(answer);
  const ipc: RendererIpc = {
    invoke,
    on: (channel, listener) => emitter.on(channel, listener),
    removeListener: (channel, listener) => emitter.removeListener(channel, listener),
  };
  // What Electron passes to listeners: its event object (with `sender`), then the payload.
  const deliver = (channel: string, payload: unknown) =>
    emitter.emit(channel, { sender: { send: () => undefined }, ports: [] }, payload);
  return { ipc, invoke, deliver, listenerCount: (channel: string) => emitter.listenerCount(channel) };
}

describe('createBridge', () => {
  test('exposes the bridge contract and nothing that reaches IPC directly', () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    expect(Object.keys(bridge).sort()).toEqual([
      'call',
      'detectRemoteTools',
      'download',
      'kind',
      'launchRemote',
      'launchSupportTool',
      'on',
      'onCommand',
      'testRemoteTool',
      'upload',
    ]);
    expect(bridge.kind).toBe('electron');
    expect(Object.values(bridge)).not.toContain(ipc);
  });

  test('call invokes crm:call with the name and input and returns the answer', async () => {
    const { ipc, invoke } = fakeIpc(() => Promise.resolve({ ok: true, result: { setupDone: false } }));
    const result = await createBridge(ipc).call('auth.status', {});
    expect(invoke).toHaveBeenCalledExactlyOnceWith(CALL_CHANNEL, 'auth.status', {});
    expect(result).toEqual({ ok: true, result: { setupDone: false } });
  });

  test('a failed invoke becomes an INTERNAL error result, never a rejection', async () => {
    const { ipc } = fakeIpc(() => Promise.reject(new Error('An object could not be cloned.')));
    expect(await createBridge(ipc).call('auth.status', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  test('event listeners receive the plain event, never Electron’s event object', () => {
    const { ipc, deliver } = fakeIpc();
    const listener = vi.fn();
    createBridge(ipc).on(listener);
    deliver(EVENT_CHANNEL, { name: 'contact.changed', data: { id: 1 }, extra: 'dropped' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ name: 'contact.changed', data: { id: 1 } });
  });

  test('malformed events and unknown commands are dropped', () => {
    const { ipc, deliver } = fakeIpc();
    const onEvent = vi.fn();
    const onCommand = vi.fn();
    const bridge = createBridge(ipc);
    bridge.on(onEvent);
    bridge.onCommand!(onCommand);
    deliver(EVENT_CHANNEL, 'text');
    deliver(EVENT_CHANNEL, null);
    deliver(EVENT_CHANNEL, { data: 1 });
    deliver(COMMAND_CHANNEL, 'format-disk');
    deliver(COMMAND_CHANNEL, { command: 'search' });
    expect(onEvent).not.toHaveBeenCalled();
    expect(onCommand).not.toHaveBeenCalled();
    deliver(COMMAND_CHANNEL, 'search');
    expect(onCommand).toHaveBeenCalledExactlyOnceWith('search');
  });

  test('unsubscribing removes exactly that listener', () => {
    const { ipc, deliver, listenerCount } = fakeIpc();
    const bridge = createBridge(ipc);
    const kept = vi.fn();
    const removed = vi.fn();
    bridge.on(kept);
    const unsubscribe = bridge.on(removed);
    const unsubscribeCommand = bridge.onCommand!(vi.fn());
    unsubscribe();
    unsubscribeCommand();
    deliver(EVENT_CHANNEL, { name: 'contact.changed', data: null });
    expect(kept).toHaveBeenCalledOnce();
    expect(removed).not.toHaveBeenCalled();
    expect(listenerCount(EVENT_CHANNEL)).toBe(1);
    expect(listenerCount(COMMAND_CHANNEL)).toBe(0);
  });
});
