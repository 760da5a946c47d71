import { describe, expect, it } from 'vitest';
import type { RemoteLaunchResult } from '../../../shared/bridge';
import { REMOTE_OUTCOMES, type RemoteSettings } from '../../../shared/remote/contract';
import type { TemplateProblem } from '../../../shared/remote/launch-plan';
import { REMOTE_TOOLS, type RemoteIdProblem } from '../../../shared/remote/remote-id';
import { ROLES } from '../../../shared/roles';
import { mayCall, mayOpenPage } from '../../../renderer/app/access';
import { formatElapsed, formatServiceTime } from '../../../renderer/remote/duration';
import { validateEndSession } from '../../../renderer/remote/endSessionValues';
import { reportCsv, reportFileName } from '../../../renderer/remote/reportCsv';
import {
  enabledProfiles,
  hasProblems,
  settingsProblems,
  settingsValues,
  type RemoteSettingsValues,
} from '../../../renderer/remote/settingsFormValues';
import { offeredTools, rememberedId } from '../../../renderer/remote/startForm';
import { translator } from './translator';

describe('remote session times', () => {
  it('shows service time as h:mm to the nearest minute', () => {
    expect(formatServiceTime(0)).toBe('0:00');
    expect(formatServiceTime(29)).toBe('0:00');
    expect(formatServiceTime(90)).toBe('0:02');
    expect(formatServiceTime(3_720)).toBe('1:02');
    expect(formatServiceTime(37 * 3_600 + 5 * 60)).toBe('37:05');
  });

  it('runs the session clock as m:ss, and h:mm:ss from an hour on', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(10 * 60_000)).toBe('10:00');
    expect(formatElapsed(3_600_000 + 2 * 60_000 + 3_000)).toBe('1:02:03');
    expect(formatElapsed(-5_000)).toBe('0:00');
  });
});

describe('the monthly report as CSV', () => {
  const header = ['Agent', 'Sessions', 'Service time (h:mm)'] as const;

  it('writes a BOM, the header and one row per agent with h:mm', () => {
    const csv = reportCsv(header, [
      { agentId: 1, agentName: 'Li Na', sessions: 3, seconds: 4_500 },
      { agentId: 2, agentName: 'Chen, Bo', sessions: 1, seconds: 60 },
    ]);
    expect(csv).toBe('\uFEFFAgent,Sessions,Service time (h:mm)\r\nLi Na,3,1:15\r\n"Chen, Bo",1,0:01\r\n');
  });

  it('neutralises a name that a spreadsheet would run as a formula', () => {
    const csv = reportCsv(header, [{ agentId: 1, agentName: '=HYPERLINK("x")', sessions: 1, seconds: 0 }]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",1,0:00`);
  });

  it('names the file by its month', () => {
    expect(reportFileName('2026-11')).toBe('remote-service-time-2026-11.csv');
  });
});

describe('the start dialog', () => {
  const profile = (tool: 'rustdesk' | 'anydesk' | 'vnc') =>
    ({ tool, launch: 'uri', program: null, uriTemplate: null, argTemplate: null }) as const;

  it('offers the company default first, then the others in their order', () => {
    const profiles = [profile('rustdesk'), profile('anydesk'), profile('vnc')];
    expect(offeredTools({ profiles, defaultTool: 'vnc' })).toEqual(['vnc', 'rustdesk', 'anydesk']);
    expect(offeredTools({ profiles, defaultTool: null })).toEqual(['rustdesk', 'anydesk', 'vnc']);
    expect(offeredTools({ profiles: [], defaultTool: null })).toEqual([]);
  });

  it("prefills the contact's remembered id for the chosen tool only", () => {
    const remembered = [{ tool: 'anydesk' as const, remoteId: '987654321' }];
    expect(rememberedId(remembered, 'anydesk')).toBe('987654321');
    expect(rememberedId(remembered, 'rustdesk')).toBe('');
    expect(rememberedId(remembered, null)).toBe('');
  });
});

describe('ending a session', () => {
  it('asks how it went and what was done', () => {
    expect(Object.keys(validateEndSession({ outcome: null, notes: '' }))).toEqual(['outcome', 'notes']);
    expect(Object.keys(validateEndSession({ outcome: 'solved', notes: '   ' }))).toEqual(['notes']);
    expect(validateEndSession({ outcome: 'solved', notes: 'Printer driver reinstalled' })).toEqual({});
  });

  it('lets a session that never connected end without notes', () => {
    expect(validateEndSession({ outcome: 'noConnection', notes: '' })).toEqual({});
  });

  it('refuses notes longer than the server keeps', () => {
    expect(Object.keys(validateEndSession({ outcome: 'solved', notes: 'x'.repeat(5_001) }))).toEqual([
      'notes',
    ]);
  });
});

describe('the remote-help settings form', () => {
  const stored: RemoteSettings = {
    version: 3,
    defaultTool: 'anydesk',
    profiles: [
      { tool: 'rustdesk', launch: 'uri', program: null, uriTemplate: null, argTemplate: null },
      {
        tool: 'anydesk',
        launch: 'program',
        program: 'C:\\AnyDesk\\AnyDesk.exe',
        uriTemplate: null,
        argTemplate: null,
      },
      {
        tool: 'custom',
        launch: 'program',
        program: '/opt/helper/helper',
        uriTemplate: null,
        argTemplate: ['--connect', '{id}'],
      },
    ],
  };

  const edit = (values: RemoteSettingsValues, tool: keyof RemoteSettingsValues['rows'], patch: object) => ({
    ...values,
    rows: { ...values.rows, [tool]: { ...values.rows[tool], ...patch } },
  });

  it('saves back exactly the profiles it loaded', () => {
    const values = settingsValues(stored);
    expect(REMOTE_TOOLS.filter((tool) => values.rows[tool].enabled)).toEqual([
      'rustdesk',
      'anydesk',
      'custom',
    ]);
    expect(enabledProfiles(values)).toEqual(stored.profiles);
    expect(hasProblems(settingsProblems(values))).toBe(false);
  });

  it('keeps one argument per line and drops blank lines', () => {
    const values = edit(settingsValues(stored), 'custom', { argTemplate: '--id\n\n {id} \n' });
    expect(enabledProfiles(values).at(-1)?.argTemplate).toEqual(['--id', '{id}']);
  });

  it('puts each refused template beside its field', () => {
    let values = edit(settingsValues(stored), 'custom', {
      launch: 'uri',
      uriTemplate: 'https://evil.example/{id}',
    });
    values = edit(values, 'anydesk', { program: 'AnyDesk.exe' });
    expect(settingsProblems(values).rows).toEqual({
      anydesk: { field: 'program', problem: 'program' },
      custom: { field: 'uriTemplate', problem: 'scheme' },
    });
    values = edit(values, 'custom', { launch: 'program', argTemplate: '--password\n{id}' });
    expect(settingsProblems(values).rows.custom).toEqual({ field: 'argTemplate', problem: 'password' });
    values = edit(values, 'custom', { program: '' });
    expect(settingsProblems(values).rows.custom).toEqual({ field: 'program', problem: 'program' });
  });

  it('refuses a default tool that is not offered', () => {
    const values = edit(settingsValues(stored), 'anydesk', { enabled: false });
    expect(settingsProblems(values).defaultTool).toBe(true);
    expect(enabledProfiles(values).map((profile) => profile.tool)).toEqual(['rustdesk', 'custom']);
  });

  it('is open to exactly the roles that may save it', () => {
    for (const role of ROLES)
      expect(mayOpenPage(role, 'remoteTools'), role).toBe(mayCall(role, 'remote.settings.save'));
  });
});

describe('remote-help texts', () => {
  const idProblems: RemoteIdProblem[] = ['empty', 'tooLong', 'notAscii', 'format'];
  const templateProblems: TemplateProblem[] = [
    'scheme',
    'placeholder',
    'password',
    'program',
    'tooLong',
    'control',
    'missing',
  ];
  const reasons: Extract<RemoteLaunchResult, { launched: false }>['reason'][] = [
    'toolMissing',
    'schemeNotAllowed',
    'badProgram',
    'failed',
    'browserCannotRunPrograms',
  ];

  it.each(['en', 'zh-CN'] as const)('says every problem, refusal and outcome in %s', async (language) => {
    const t = await translator(language);
    const keys = [
      ...idProblems.map((problem) => `remote.idProblems.${problem}` as const),
      ...templateProblems.map((problem) => `remote.settings.problems.${problem}` as const),
      ...reasons.map((reason) => `remote.reasons.${reason}` as const),
      ...REMOTE_OUTCOMES.map((outcome) => `remote.outcomes.${outcome}` as const),
      ...REMOTE_TOOLS.map((tool) => `remote.start.idHints.${tool}` as const),
    ];
    for (const key of keys) expect(t(key, { tool: 'RustDesk' }), key).not.toBe(key);
    expect(t('remote.reasons.toolMissing', { tool: 'RustDesk' })).toContain('RustDesk');
  });
});
