import { describe, expect, it } from 'vitest';
import {
  checkArgTemplate,
  checkProfile,
  checkUriTemplate,
  launchPlan,
  schemeOfProfile,
  type ToolProfile,
} from '../../../shared/remote/launch-plan';
import { checkRemoteId, type RemoteTool } from '../../../shared/remote/remote-id';

const profile = (
  tool: RemoteTool,
  launch: 'uri' | 'program',
  extra: Partial<ToolProfile> = {},
): ToolProfile => ({
  tool,
  launch,
  program: null,
  uriTemplate: null,
  argTemplate: null,
  ...extra,
});

const idFor = (tool: RemoteTool, typed: string) => {
  const checked = checkRemoteId(tool, typed);
  if (!checked.ok) throw new Error(`refused ${typed}`);
  return checked.id;
};

describe('the URI each tool is opened with', () => {
  it.each([
    ['rustdesk', '123 456 789', 'rustdesk://connection/new/123456789'],
    ['anydesk', 'front-desk@ad', 'anydesk:front-desk@ad'],
    ['teamviewer', '987654321', 'teamviewer10://control?device=987654321'],
    ['vnc', '10.0.0.7:5901', 'vnc://10.0.0.7:5901'],
  ] as const)('%s %j → %s', (tool, typed, uri) => {
    expect(launchPlan(profile(tool, 'uri'), idFor(tool, typed))).toEqual({ kind: 'uri', uri });
  });

  it('a custom URI template gets the id percent-encoded in its one placeholder', () => {
    const custom = profile('custom', 'uri', { uriTemplate: 'helpdesk://session/{id}?view=1' });
    expect(launchPlan(custom, idFor('custom', 'pos@store:7'))).toEqual({
      kind: 'uri',
      uri: 'helpdesk://session/pos%40store%3A7?view=1',
    });
  });
});

describe('the program and arguments each tool is run with', () => {
  it.each([
    ['rustdesk', 'C:\\Program Files\\RustDesk\\rustdesk.exe', '123456789', ['--connect', '123456789']],
    ['anydesk', '/Applications/AnyDesk.app/Contents/MacOS/AnyDesk', '1 234 567 890', ['1234567890']],
    ['teamviewer', '/usr/bin/teamviewer', '987654321', ['--id', '987654321']],
    ['vnc', '/usr/bin/vncviewer', 'till-3.shop.local:5902', ['till-3.shop.local::5902']],
    ['vnc', '/usr/bin/vncviewer', 'till-3.shop.local', ['till-3.shop.local']],
  ] as const)('%s', (tool, program, typed, args) => {
    expect(launchPlan(profile(tool, 'program', { program }), idFor(tool, typed))).toEqual({
      kind: 'program',
      program,
      args,
    });
  });

  it('a custom argument template keeps each item one argument, the id only where it says', () => {
    const custom = profile('custom', 'program', {
      program: '/opt/helper/bin/helper',
      argTemplate: ['--viewer', '--target={id}'],
    });
    expect(launchPlan(custom, idFor('custom', 'till-3'))).toEqual({
      kind: 'program',
      program: '/opt/helper/bin/helper',
      args: ['--viewer', '--target=till-3'],
    });
  });

  it("leaves an unset program for the agent's machine to find", () => {
    expect(launchPlan(profile('rustdesk', 'program'), '123456789')).toEqual({
      kind: 'program',
      program: null,
      args: ['--connect', '123456789'],
    });
  });
});

describe('profiles an admin may not save', () => {
  it.each([
    ['a web page', 'https://evil.example/{id}', 'scheme'],
    ['a local file', 'file:///C:/Windows/System32/calc.exe?{id}', 'scheme'],
    ['script', 'javascript:alert("{id}")', 'scheme'],
    ['the Windows troubleshooter', 'ms-msdt:/id {id}', 'scheme'],
    ['a Windows search', 'search-ms:query={id}', 'scheme'],
    ['no scheme at all', '{id}', 'scheme'],
    ['no placeholder', 'helpdesk://session/', 'placeholder'],
    ['two placeholders', 'helpdesk://{id}/{id}', 'placeholder'],
    ['a password', 'helpdesk://{id}?password=hunter2', 'password'],
    ['a newline', 'helpdesk://{id}\n', 'control'],
  ] as const)('a URI template with %s', (_, template, problem) => {
    expect(checkUriTemplate(template)).toBe(problem);
  });

  it.each([
    ['no placeholder', ['--connect'], 'placeholder'],
    ['the id twice', ['{id}', '--again={id}'], 'placeholder'],
    ['a password option', ['--connect', '{id}', '--password', 'x'], 'password'],
    ['a control character', ['--connect\u0000', '{id}'], 'control'],
    ['too many arguments', [...Array<string>(10).fill('-v'), '{id}'], 'tooLong'],
  ] as const)('an argument template with %s', (_, template, problem) => {
    expect(checkArgTemplate(template)).toBe(problem);
  });

  it('a program must be an absolute path, and a custom program needs its arguments', () => {
    expect(checkProfile(profile('rustdesk', 'program', { program: 'rustdesk.exe' }))).toBe('program');
    expect(checkProfile(profile('rustdesk', 'program', { program: '\\\\server\\share\\x.exe' }))).toBe(
      'program',
    );
    expect(checkProfile(profile('rustdesk', 'program', { program: 'C:\\Tools\\rustdesk.exe' }))).toBeNull();
    expect(checkProfile(profile('custom', 'program', { argTemplate: ['{id}'] }))).toBe('program');
    expect(checkProfile(profile('custom', 'program', { program: '/opt/x' }))).toBe('missing');
    expect(checkProfile(profile('custom', 'uri'))).toBe('missing');
    expect(checkProfile(profile('anydesk', 'uri'))).toBeNull();
  });

  it('knows which scheme each profile opens', () => {
    expect(schemeOfProfile(profile('teamviewer', 'uri'))).toBe('teamviewer10');
    expect(schemeOfProfile(profile('custom', 'uri', { uriTemplate: 'HelpDesk://{id}' }))).toBe('helpdesk');
  });
});
