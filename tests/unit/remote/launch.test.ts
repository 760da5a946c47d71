import { describe, expect, it } from 'vitest';
import { findProgram } from '../../../electron/main/remote/detect-tools';
import { launch, type LaunchDeps } from '../../../electron/main/remote/launch';
import type { LaunchPlan } from '../../../shared/remote/launch-plan';

function recordingOs(fail?: Error) {
  const calls: { uri?: string; program?: string; args?: readonly string[] }[] = [];
  const deps: LaunchDeps = {
    openExternal: (uri) => {
      calls.push({ uri });
      return fail ? Promise.reject(fail) : Promise.resolve();
    },
    runProgram: (program, args) => {
      calls.push({ program, args });
      return fail ? Promise.reject(fail) : Promise.resolve();
    },
  };
  return { calls, deps };
}

const ALLOWED = new Set(['rustdesk', 'anydesk']);

describe('launching at the operating-system boundary', () => {
  it('opens a URI whose scheme a profile uses', async () => {
    const os = recordingOs();
    expect(
      await launch({ kind: 'uri', uri: 'rustdesk://connection/new/123456789' }, ALLOWED, os.deps),
    ).toEqual({
      ok: true,
    });
    expect(os.calls).toEqual([{ uri: 'rustdesk://connection/new/123456789' }]);
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'teamviewer10://control?device=1', 'no scheme'])(
    'opens nothing for %s',
    async (uri) => {
      const os = recordingOs();
      expect(await launch({ kind: 'uri', uri }, ALLOWED, os.deps)).toEqual({
        ok: false,
        reason: 'schemeNotAllowed',
      });
      expect(os.calls).toEqual([]);
    },
  );

  it('runs a program by its absolute path with the argument list as given', async () => {
    const os = recordingOs();
    const plan: LaunchPlan = {
      kind: 'program',
      program: '/usr/bin/rustdesk',
      args: ['--connect', '123456789'],
    };
    expect(await launch(plan, ALLOWED, os.deps)).toEqual({ ok: true });
    expect(os.calls).toEqual([{ program: '/usr/bin/rustdesk', args: ['--connect', '123456789'] }]);
  });

  it('runs nothing that is not an absolute path', async () => {
    const os = recordingOs();
    const plan: LaunchPlan = { kind: 'program', program: 'cmd.exe', args: ['/c', 'calc'] };
    expect(await launch(plan, ALLOWED, os.deps)).toEqual({ ok: false, reason: 'badProgram' });
    expect(os.calls).toEqual([]);
  });

  it('reports a tool that could not be started', async () => {
    const os = recordingOs(new Error('spawn /usr/bin/rustdesk ENOENT'));
    const plan: LaunchPlan = { kind: 'program', program: '/usr/bin/rustdesk', args: ['--connect', '1'] };
    expect(await launch(plan, ALLOWED, os.deps)).toEqual({
      ok: false,
      reason: 'failed',
      detail: 'spawn /usr/bin/rustdesk ENOENT',
    });
  });
});

describe('finding installed tools', () => {
  const installed = (files: string[]) => (file: string) => files.includes(file);

  it('looks in the known install folders on Windows and macOS', () => {
    expect(
      findProgram('anydesk', {
        platform: 'win32',
        searchPath: '',
        isExecutable: installed(['C:\\Program Files\\AnyDesk\\AnyDesk.exe']),
      }),
    ).toBe('C:\\Program Files\\AnyDesk\\AnyDesk.exe');
    expect(
      findProgram('teamviewer', {
        platform: 'darwin',
        searchPath: '/usr/bin',
        isExecutable: installed(['/Applications/TeamViewer.app/Contents/MacOS/TeamViewer']),
      }),
    ).toBe('/Applications/TeamViewer.app/Contents/MacOS/TeamViewer');
  });

  it('looks on PATH on Linux, skipping relative folders', () => {
    const deps = {
      platform: 'linux' as const,
      searchPath: ['.', 'bin', '/usr/local/bin', '/usr/bin'].join(':'),
      isExecutable: installed(['bin/rustdesk', '/usr/bin/rustdesk', '/usr/local/bin/xtigervncviewer']),
    };
    expect(findProgram('rustdesk', deps)).toBe('/usr/bin/rustdesk');
    expect(findProgram('vnc', deps)).toBe('/usr/local/bin/xtigervncviewer');
    expect(findProgram('anydesk', deps)).toBeNull();
  });

  it('never guesses a custom tool', () => {
    expect(
      findProgram('custom', { platform: 'linux', searchPath: '/usr/bin', isExecutable: () => true }),
    ).toBeNull();
  });
});
