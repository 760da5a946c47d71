import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type CoreOptions } from '../../../electron/core/core';
import { WindowSessions } from '../../../electron/main/ipc/window-sessions';
import { connectNativeNotifications } from '../../../electron/main/notifications/native-notifications';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { createFakeElectron, currentFake } from './fake-electron';

/**
 * A core whose events reach the desktop through a fake Electron, wired as electron/main wires
 * them; the test file mocks 'electron' with `electronOfCurrentFake` (fake-electron.ts).
 */
export function notifyingApp(coreOptions: Omit<CoreOptions, 'file'> = {}) {
  const base = mkdtempSync(join(tmpdir(), 'crm-notify-'));
  const fake = createFakeElectron({ userData: base, appPath: base });
  currentFake.fake = fake;
  const core = createCore({ file: ':memory:', ...coreOptions });
  const sessions = new WindowSessions();
  const disconnect = connectNativeNotifications(core, sessions);

  async function call<N extends ProcedureName>(token: string, name: N, input: ProcedureInput<N>) {
    const result = await core.dispatch({ token }, name, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.result as ProcedureOutput<N>;
  }

  return {
    fake,
    core,
    sessions,
    call,
    /** Stops the notifications, as the app does when it quits. */
    disconnect,

    /** Sets up company Acme; the token of its owner, Olivia. */
    async setUpOwner(): Promise<string> {
      const setup = await core.dispatch({}, 'auth.setup', {
        companyName: 'Acme',
        ownerName: 'Olivia',
        username: 'olivia',
        password: 'owner-password-1',
      });
      if (!setup.ok) throw new Error(setup.error.message);
      return (setup.result as { token: string }).token;
    },

    /** An app window signed in with `token`, as the IPC bridge would record it. */
    signedInWindow(token: string) {
      const window = new fake.electron.BrowserWindow({});
      void window.loadURL('app://crm/');
      sessions.open(window.webContents.id);
      sessions.recordCall(window.webContents.id, 'auth.login', { ok: true, result: { token } });
      return window;
    },

    close() {
      disconnect();
      core.close();
      rmSync(base, { recursive: true, force: true });
    },
  };
}

export type NotifyingApp = ReturnType<typeof notifyingApp>;
