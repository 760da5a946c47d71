import { expect, test } from 'vitest';
import { createBridge, type RendererIpc } from '../../../electron/preload/bridge';
import { REMOTE_LAUNCH_CHANNEL, REMOTE_TEST_CHANNEL } from '../../../electron/main/ipc/channels';
import { createHttpBridge } from '../../../renderer/bridge/httpBridge';
import { memoryTokens, recordingChannel } from '../renderer/fakes';

function browserBridge() {
  const opened: string[] = [];
  const bridge = createHttpBridge({
    fetch: (() => Promise.reject(new Error('no request expected'))) as typeof fetch,
    tokens: memoryTokens('tok-1'),
    events: recordingChannel(),
    openUri: (uri) => opened.push(uri),
  });
  return { bridge, opened };
}

test('a browser hands a remote tool’s URI to the system', async () => {
  const { bridge, opened } = browserBridge();
  const uri = 'rustdesk://connection/new/123456789';
  expect(await bridge.launchRemote(7, { kind: 'uri', uri })).toEqual({
    ok: true,
    result: { launched: true },
  });
  expect(opened).toEqual([uri]);
});

test('a browser cannot run a program, and says so', async () => {
  const { bridge, opened } = browserBridge();
  expect(await bridge.launchRemote(7, { kind: 'program', program: null, args: ['--connect', '1'] })).toEqual({
    ok: true,
    result: { launched: false, reason: 'browserCannotRunPrograms' },
  });
  expect(opened).toEqual([]);
});

test('the desktop bridge sends the main process only the session id', async () => {
  const sent: unknown[][] = [];
  const ipc: RendererIpc = {
    invoke: async (...args) => {
      sent.push(args);
      return { ok: true, result: { launched: true } };
    },
    on: () => undefined,
    removeListener: () => undefined,
  };
  const bridge = createBridge(ipc);
  await bridge.launchRemote(7, { kind: 'program', program: '/bin/sh', args: ['-c', 'calc'] });
  expect(sent).toEqual([[REMOTE_LAUNCH_CHANNEL, 7]]);
});

test('a browser says only the desktop app can look for tools, and tests links only', async () => {
  const { bridge, opened } = browserBridge();
  expect(await bridge.detectRemoteTools()).toEqual({ ok: true, result: { detected: false } });
  const uriProfile = {
    tool: 'anydesk',
    launch: 'uri',
    program: null,
    uriTemplate: null,
    argTemplate: null,
  } as const;
  expect(await bridge.testRemoteTool(uriProfile)).toEqual({
    ok: true,
    result: { ready: true, sampleId: '123456789', launch: { kind: 'uri', uri: 'anydesk:123456789' } },
  });
  expect(await bridge.testRemoteTool({ ...uriProfile, launch: 'program' })).toEqual({
    ok: true,
    result: { ready: false, problem: 'desktopAppOnly' },
  });
  expect(opened).toEqual([]);
});

test('the desktop bridge asks the main process to test the profile as typed', async () => {
  const sent: unknown[][] = [];
  const ipc: RendererIpc = {
    invoke: async (...args) => {
      sent.push(args);
      return { ok: true, result: { ready: false, problem: 'toolMissing' } };
    },
    on: () => undefined,
    removeListener: () => undefined,
  };
  const profile = {
    tool: 'vnc',
    launch: 'program',
    program: null,
    uriTemplate: null,
    argTemplate: null,
  } as const;
  expect(await createBridge(ipc).testRemoteTool(profile)).toEqual({
    ok: true,
    result: { ready: false, problem: 'toolMissing' },
  });
  expect(sent).toEqual([[REMOTE_TEST_CHANNEL, profile]]);
});
