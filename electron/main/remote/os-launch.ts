import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { shell } from 'electron';
import type { DetectDeps } from './detect-tools';
import type { LaunchDeps } from './launch';

/** Electron's and Node's real boundary for launch.ts and detect-tools.ts. */
export const osLaunch: LaunchDeps = {
  openExternal: (uri) => shell.openExternal(uri, { activate: true }),
  runProgram: (program, args) =>
    new Promise((resolve, reject) => {
      const child = spawn(program, [...args], {
        shell: false,
        detached: true,
        stdio: 'ignore',
        windowsHide: false,
      });
      child.once('error', reject);
      child.once('spawn', () => {
        child.unref();
        resolve();
      });
    }),
};

export const osDetect: DetectDeps = {
  platform: process.platform,
  searchPath: process.env.PATH ?? '',
  isExecutable(file) {
    try {
      if (!statSync(file).isFile()) return false;
      accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
};
