import { describe, expect, test } from 'vitest';
import type { ToolProfile } from '../../../shared/remote/launch-plan';
import { checkRemoteId, REMOTE_TOOLS, type RemoteTool } from '../../../shared/remote/remote-id';
import { SAMPLE_IDS, testProfile, type ProgramLookup } from '../../../shared/remote/tool-test';

const profile = (tool: RemoteTool, extra: Partial<ToolProfile> = {}): ToolProfile => ({
  tool,
  launch: 'uri',
  program: null,
  uriTemplate: null,
  argTemplate: null,
  ...extra,
});

/** A computer with `installed` programs, where each built-in tool is found at /opt/<tool>. */
const computer = (installed: string[]): ProgramLookup => ({
  find: (tool) => (installed.includes(`/opt/${tool}`) ? `/opt/${tool}` : null),
  isExecutable: (file) => installed.includes(file),
});

describe('testProfile: what a session would run, without running it', () => {
  test.each(REMOTE_TOOLS)('the sample id of %s is one the tool accepts as it is', (tool) => {
    expect(checkRemoteId(tool, SAMPLE_IDS[tool])).toEqual({ ok: true, id: SAMPLE_IDS[tool] });
  });

  test('a link profile is ready in a browser too, showing the exact link', () => {
    expect(testProfile(profile('rustdesk'), null)).toEqual({
      ready: true,
      sampleId: '123456789',
      launch: { kind: 'uri', uri: 'rustdesk://connection/new/123456789' },
    });
    expect(testProfile(profile('custom', { uriTemplate: 'helpdesk://connect/{id}' }), null)).toMatchObject({
      ready: true,
      launch: { kind: 'uri', uri: 'helpdesk://connect/ABC123' },
    });
  });

  test('a template problem is reported before anything is resolved', () => {
    const web = profile('custom', { uriTemplate: 'https://helpdesk.example/{id}' });
    expect(testProfile(web, computer([]))).toEqual({ ready: false, problem: 'scheme' });
    const relative = profile('anydesk', { launch: 'program', program: 'anydesk.exe' });
    expect(testProfile(relative, computer([]))).toEqual({ ready: false, problem: 'program' });
  });

  test('a program profile needs the desktop app', () => {
    expect(testProfile(profile('anydesk', { launch: 'program' }), null)).toEqual({
      ready: false,
      problem: 'desktopAppOnly',
    });
  });

  test('a program is the one set, or the one found here, with its argument list', () => {
    const found = profile('rustdesk', { launch: 'program' });
    expect(testProfile(found, computer([]))).toEqual({ ready: false, problem: 'toolMissing' });
    expect(testProfile(found, computer(['/opt/rustdesk']))).toEqual({
      ready: true,
      sampleId: '123456789',
      launch: { kind: 'program', program: '/opt/rustdesk', args: ['--connect', '123456789'] },
    });

    const set = profile('custom', {
      launch: 'program',
      program: '/usr/local/bin/help',
      argTemplate: ['-c', '{id}'],
    });
    expect(testProfile(set, computer(['/opt/custom']))).toEqual({ ready: false, problem: 'badProgram' });
    expect(testProfile(set, computer(['/usr/local/bin/help']))).toEqual({
      ready: true,
      sampleId: 'ABC123',
      launch: { kind: 'program', program: '/usr/local/bin/help', args: ['-c', 'ABC123'] },
    });
  });
});
