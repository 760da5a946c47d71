import { afterEach, beforeEach, expect, test } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import type { CallSender } from '../../../electron/main/ipc/call-handler';
import {
  createRemoteLaunchHandlers,
  LAUNCH_WINDOW_MS,
} from '../../../electron/main/ipc/remote-launch-handler';
import { WindowSessions } from '../../../electron/main/ipc/window-sessions';
import type { LaunchDeps } from '../../../electron/main/remote/launch';
import type { CallResult } from '../../../shared/bridge';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { createClock, OWNER, type Clock } from '../core/helpers';

const ourWindow: CallSender = { contentsId: 1, frame: { url: 'app://crm/', parent: null } };
const foreignFrame: CallSender = { contentsId: 1, frame: { url: 'https://evil.example/', parent: null } };

let core: Core;
let clock: Clock;
let sessions: WindowSessions;
let launched: { uri?: string; program?: string; args?: readonly string[] }[];
let installed: string[];
let spawnFails: boolean;
let token: string;

const os: LaunchDeps = {
  openExternal: async (uri) => {
    launched.push({ uri });
  },
  runProgram: async (program, args) => {
    if (spawnFails) throw new Error(`spawn ${program} ENOENT`);
    launched.push({ program, args });
  },
};

const handlers = () =>
  createRemoteLaunchHandlers({
    core,
    sessions,
    os,
    detect: { platform: 'linux', searchPath: '/usr/bin', isExecutable: (file) => installed.includes(file) },
  });
const handler = () => handlers().session;

async function call<N extends ProcedureName>(
  name: N,
  input: ProcedureInput<N>,
  as = token,
): Promise<ProcedureOutput<N>> {
  const result = await core.dispatch({ token: as }, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.result as ProcedureOutput<N>;
}

const errorCode = (outcome: CallResult) => (outcome.ok ? 'ok' : outcome.error.code);

beforeEach(async () => {
  clock = createClock();
  core = createCore({ file: ':memory:', now: clock.now, sleep: async () => {} });
  sessions = new WindowSessions();
  sessions.open(ourWindow.contentsId);
  // The window signs in as the app does: the token stays with the main process.
  const setup = await core.dispatch({}, 'auth.setup', OWNER);
  sessions.recordCall(ourWindow.contentsId, 'auth.setup', setup);
  token = sessions.tokenFor(ourWindow.contentsId)!;
  launched = [];
  installed = [];
  spawnFails = false;
});
afterEach(() => core.close());

test('opens the URI rebuilt from the stored session, not from anything the page sends', async () => {
  const { session } = await call('remote.start', { tool: 'anydesk', remoteId: '123 456 789' });
  expect(await handler()(ourWindow, session.id)).toEqual({ ok: true, result: { launched: true } });
  expect(launched).toEqual([{ uri: 'anydesk:123456789' }]);
});

test('runs the detected program with its argument list; says when the tool is missing', async () => {
  const settings = await call('remote.settings.get', {});
  await call('remote.settings.save', {
    version: settings.version,
    profiles: [{ tool: 'rustdesk', launch: 'program', program: null, uriTemplate: null, argTemplate: null }],
    defaultTool: 'rustdesk',
  });
  const first = (await call('remote.start', { tool: 'rustdesk', remoteId: '123456789' })).session;
  expect(await handler()(ourWindow, first.id)).toEqual({
    ok: true,
    result: { launched: false, reason: 'toolMissing' },
  });
  installed = ['/usr/bin/rustdesk'];
  expect(await handler()(ourWindow, first.id)).toEqual({ ok: true, result: { launched: true } });
  expect(launched).toEqual([{ program: '/usr/bin/rustdesk', args: ['--connect', '123456789'] }]);

  spawnFails = true;
  expect(await handler()(ourWindow, first.id)).toEqual({
    ok: true,
    result: { launched: false, reason: 'toolMissing' },
  });
});

test('launches nothing for a foreign frame, another agent, an ended or stale session, or a bad id', async () => {
  const { session } = await call('remote.start', { tool: 'rustdesk', remoteId: '123456789' });
  expect(errorCode(await handler()(foreignFrame, session.id))).toBe('FORBIDDEN');
  expect(errorCode(await handler()(ourWindow, '1; calc'))).toBe('VALIDATION');
  expect(errorCode(await handler()(ourWindow, 999))).toBe('NOT_FOUND');

  const other = core.context.users.create(
    { username: 'aga', displayName: 'Aga', role: 'agent', passwordHash: 'disabled' },
    clock.now(),
  );
  const theirs = (
    await call(
      'remote.start',
      { tool: 'rustdesk', remoteId: '987654321' },
      core.context.sessions.create(other.id),
    )
  ).session;
  expect(errorCode(await handler()(ourWindow, theirs.id))).toBe('FORBIDDEN');

  clock.advance(LAUNCH_WINDOW_MS + 1);
  expect(errorCode(await handler()(ourWindow, session.id))).toBe('CONFLICT');
  const fresh = (await call('remote.start', { tool: 'rustdesk', remoteId: '123456789' })).session;
  await call('remote.end', { sessionId: fresh.id });
  expect(errorCode(await handler()(ourWindow, fresh.id))).toBe('CONFLICT');
  expect(launched).toEqual([]);
});

test('the vendor’s help opens the company’s tool to be helped, for the user’s own fresh request', async () => {
  const help = await call('remote.vendorHelp', {});
  expect(help).toMatchObject({
    supported: true,
    tool: 'rustdesk',
    launch: { kind: 'uri', uri: 'rustdesk://' },
  });
  expect(await handlers().support(ourWindow, help.requestId)).toEqual({
    ok: true,
    result: { launched: true },
  });
  expect(launched).toEqual([{ uri: 'rustdesk://' }]);

  expect(errorCode(await handlers().support(foreignFrame, help.requestId))).toBe('FORBIDDEN');
  expect(errorCode(await handlers().support(ourWindow, 'x'))).toBe('VALIDATION');
  clock.advance(LAUNCH_WINDOW_MS + 1);
  expect(errorCode(await handlers().support(ourWindow, help.requestId))).toBe('CONFLICT');
  expect(launched).toHaveLength(1);
});
