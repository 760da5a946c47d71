import { afterEach, beforeEach, expect, test } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import type { CallSender } from '../../../electron/main/ipc/call-handler';
import { createRemoteLaunchHandlers } from '../../../electron/main/ipc/remote-launch-handler';
import { WindowSessions } from '../../../electron/main/ipc/window-sessions';
import type { CallResult } from '../../../shared/bridge';
import { createClock, OWNER } from '../core/helpers';

const ourWindow: CallSender = { contentsId: 1, frame: { url: 'app://crm/', parent: null } };
const foreignFrame: CallSender = { contentsId: 1, frame: { url: 'https://evil.example/', parent: null } };
const otherWindow: CallSender = { contentsId: 2, frame: { url: 'app://crm/', parent: null } };

let core: Core;
let sessions: WindowSessions;
let installed: string[];
let started: string[];

const handlers = () =>
  createRemoteLaunchHandlers({
    core,
    sessions,
    os: {
      openExternal: async (uri) => void started.push(uri),
      runProgram: async (program) => void started.push(program),
    },
    detect: {
      platform: 'linux',
      searchPath: '/usr/bin:/opt/bin',
      isExecutable: (file) => installed.includes(file),
    },
  });

const errorCode = (outcome: CallResult) => (outcome.ok ? 'ok' : outcome.error.code);

beforeEach(async () => {
  core = createCore({ file: ':memory:', now: createClock().now, sleep: async () => {} });
  sessions = new WindowSessions();
  sessions.open(ourWindow.contentsId);
  sessions.open(otherWindow.contentsId);
  sessions.recordCall(ourWindow.contentsId, 'auth.setup', await core.dispatch({}, 'auth.setup', OWNER));
  installed = [];
  started = [];
});
afterEach(() => core.close());

test('detection finds each installed tool on PATH and says which are missing', async () => {
  installed = ['/opt/bin/rustdesk', '/usr/bin/anydesk'];
  expect(await handlers().detect(ourWindow)).toEqual({
    ok: true,
    result: {
      detected: true,
      tools: {
        rustdesk: { found: true, path: '/opt/bin/rustdesk' },
        anydesk: { found: true, path: '/usr/bin/anydesk' },
        teamviewer: { found: false },
        vnc: { found: false },
        custom: { found: false },
      },
    },
  });
});

test('a typed profile is resolved to the program and arguments it would run, and nothing starts', async () => {
  installed = ['/usr/bin/rustdesk'];
  const typed = { tool: 'rustdesk', launch: 'program', program: null, uriTemplate: null, argTemplate: null };
  expect(await handlers().test(ourWindow, typed)).toEqual({
    ok: true,
    result: {
      ready: true,
      sampleId: '123456789',
      launch: { kind: 'program', program: '/usr/bin/rustdesk', args: ['--connect', '123456789'] },
    },
  });
  const web = { ...typed, tool: 'custom', launch: 'uri', uriTemplate: 'file:///etc/{id}' };
  expect(await handlers().test(ourWindow, web)).toEqual({
    ok: true,
    result: { ready: false, problem: 'scheme' },
  });
  expect(started).toEqual([]);
});

test('answers only the signed-in app window, and only a profile', async () => {
  const typed = { tool: 'vnc', launch: 'uri', program: null, uriTemplate: null, argTemplate: null };
  expect(errorCode(await handlers().detect(foreignFrame))).toBe('FORBIDDEN');
  expect(errorCode(await handlers().test(foreignFrame, typed))).toBe('FORBIDDEN');
  expect(errorCode(await handlers().detect(otherWindow))).toBe('UNAUTHENTICATED');
  expect(errorCode(await handlers().test(ourWindow, { ...typed, shell: '/bin/sh' }))).toBe('VALIDATION');
  expect(errorCode(await handlers().test(ourWindow, 'rm -rf /'))).toBe('VALIDATION');
  expect(started).toEqual([]);
});
