import { afterEach, describe, expect, test } from 'vitest';
import type { CoreEvent } from '../../../electron/core/events';
import { closeCores, issuePaths, MINUTE, setupCore, START, type TestCore } from '../core/helpers';
import { issue, licenseOptions } from '../license/keys';

afterEach(closeCores);

async function withCustomer(options = {}) {
  const t = await setupCore(options);
  const ann = await t.call('contacts.create', { name: 'Ann Lee', companyName: 'Harbor Foods' });
  const events: CoreEvent[] = [];
  t.core.events.subscribe((event) => events.push(event));
  return { t, ann, events };
}

const sessionRows = (t: TestCore) => t.core.context.db.prepare('SELECT * FROM remote_sessions').all();

describe('remote.start', () => {
  test('logs the session, remembers the id on the contact, and says what will be launched', async () => {
    const { t, ann, events } = await withCustomer();
    const { session, launch } = await t.call('remote.start', {
      tool: 'rustdesk',
      remoteId: '123 456 789',
      contactId: ann.id,
    });
    expect(session).toMatchObject({
      agentId: t.owner.user.id,
      agentName: t.owner.user.displayName,
      contactId: ann.id,
      contactName: 'Ann Lee',
      workOrderId: null,
      tool: 'rustdesk',
      remoteId: '123456789',
      startedAt: START,
      endedAt: null,
      durationS: null,
      outcome: null,
      version: 1,
    });
    expect(launch).toEqual({ kind: 'uri', uri: 'rustdesk://connection/new/123456789' });
    expect(await t.call('remote.contactIds', { contactId: ann.id })).toEqual({
      items: [{ tool: 'rustdesk', remoteId: '123456789' }],
    });
    expect(events.map((event) => event.name)).toContain('remoteSession.changed');
  });

  test.each([
    ['an option smuggled in as the id', { tool: 'anydesk', remoteId: '--plain' }, 'remoteId'],
    ['a command separator', { tool: 'teamviewer', remoteId: '123456789;calc' }, 'remoteId'],
    ['a look-alike digit', { tool: 'teamviewer', remoteId: '12345678９' }, 'remoteId'],
    ['an unknown tool', { tool: 'putty', remoteId: '123456789' }, 'tool'],
  ])('refuses %s with VALIDATION, logging and launching nothing', async (_, input, path) => {
    const { t, events } = await withCustomer();
    const error = await t.fail('remote.start', input, 'VALIDATION');
    expect(issuePaths(error)).toEqual([path]);
    expect(sessionRows(t)).toEqual([]);
    expect(events).toEqual([]);
  });

  test('a tool the company removed from its profiles is refused', async () => {
    const { t } = await withCustomer();
    const settings = await t.call('remote.settings.get', {});
    await t.call('remote.settings.save', {
      version: settings.version,
      profiles: settings.profiles.filter((profile) => profile.tool !== 'vnc'),
      defaultTool: 'rustdesk',
    });
    const error = await t.fail('remote.start', { tool: 'vnc', remoteId: 'till-3.local' }, 'VALIDATION');
    expect(issuePaths(error)).toEqual(['tool']);
  });

  test('a program profile answers its arguments, leaving an unset path to the agent machine', async () => {
    const { t } = await withCustomer();
    await t.call('remote.settings.save', {
      version: 0,
      profiles: [
        { tool: 'anydesk', launch: 'program', program: null, uriTemplate: null, argTemplate: null },
        {
          tool: 'custom',
          launch: 'program',
          program: 'C:\\Tools\\helper.exe',
          uriTemplate: null,
          argTemplate: ['/connect', '{id}'],
        },
      ],
      defaultTool: 'anydesk',
    });
    expect((await t.call('remote.start', { tool: 'anydesk', remoteId: 'shop@ad' })).launch).toEqual({
      kind: 'program',
      program: null,
      args: ['shop@ad'],
    });
    expect((await t.call('remote.start', { tool: 'custom', remoteId: 'till-3' })).launch).toEqual({
      kind: 'program',
      program: 'C:\\Tools\\helper.exe',
      args: ['/connect', 'till-3'],
    });
  });

  test('a customer hidden from the agent is NOT_FOUND, a missing work order too', async () => {
    const { t, ann } = await withCustomer();
    await t.call('company.settings.update', { version: 1, patch: { customerVisibility: 'own' } });
    const staff = await t.addUser('staff', 'sam');
    await t.fail(
      'remote.start',
      { tool: 'rustdesk', remoteId: '123456789', contactId: ann.id },
      'NOT_FOUND',
      {
        token: staff.token,
      },
    );
    await t.fail('remote.start', { tool: 'rustdesk', remoteId: '123456789', workOrderId: 999 }, 'NOT_FOUND');
    expect(sessionRows(t)).toEqual([]);
  });
});

describe('remote.end', () => {
  test('records outcome, notes and duration; a second end is a CONFLICT', async () => {
    const { t, ann } = await withCustomer();
    const { session } = await t.call('remote.start', {
      tool: 'vnc',
      remoteId: '10.0.0.7:5901',
      contactId: ann.id,
    });
    t.clock.advance(25 * MINUTE);
    const ended = await t.call('remote.end', {
      sessionId: session.id,
      outcome: 'solved',
      notes: 'Printer driver fixed',
    });
    expect(ended).toMatchObject({
      endedAt: START + 25 * MINUTE,
      durationS: 25 * 60,
      outcome: 'solved',
      notes: 'Printer driver fixed',
      version: 2,
    });
    await t.fail('remote.end', { sessionId: session.id }, 'CONFLICT');
  });

  test('only its agent or an admin ends a session', async () => {
    const { t } = await withCustomer();
    const agent = await t.addUser('agent', 'aga');
    const other = await t.addUser('agent', 'otto');
    const { session } = await t.call(
      'remote.start',
      { tool: 'rustdesk', remoteId: '123456789' },
      agent.token,
    );
    await t.fail('remote.end', { sessionId: session.id }, 'FORBIDDEN', { token: other.token });
    expect((await t.call('remote.end', { sessionId: session.id })).endedAt).toBe(START);
  });
});

describe('the session log', () => {
  test('lists a contact’s sessions newest first, page by page, and shows them on its timeline', async () => {
    const { t, ann } = await withCustomer();
    const started = [];
    for (let i = 0; i < 3; i++) {
      started.push(
        (await t.call('remote.start', { tool: 'rustdesk', remoteId: '123456789', contactId: ann.id }))
          .session,
      );
      t.clock.advance(MINUTE);
    }
    const first = await t.call('remote.list', { contactId: ann.id, limit: 2 });
    const second = await t.call('remote.list', { contactId: ann.id, limit: 2, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((s) => s.id)).toEqual(started.map((s) => s.id).reverse());
    expect(second.nextCursor).toBeNull();

    const timeline = await t.call('timeline.forContact', { contactId: ann.id });
    expect(timeline.items.filter((entry) => entry.kind === 'remoteSession').map((entry) => entry.id)).toEqual(
      started.map((s) => s.id).reverse(),
    );
  });

  test('a merge moves the sessions to the contact kept', async () => {
    const { t, ann } = await withCustomer();
    const twin = await t.call('contacts.create', { name: 'Ann Lee' });
    const { session } = await t.call('remote.start', {
      tool: 'rustdesk',
      remoteId: '123456789',
      contactId: twin.id,
    });
    await t.call('contacts.merge', {
      targetId: ann.id,
      targetVersion: ann.version,
      sources: [{ id: twin.id, version: twin.version }],
      patch: {},
    });
    expect((await t.call('remote.list', { contactId: ann.id })).items.map((s) => s.id)).toEqual([session.id]);
  });

  test('the monthly report sums ended sessions per agent in the caller’s time zone', async () => {
    const { t } = await withCustomer();
    const agent = await t.addUser('agent', 'aga');
    for (const [token, minutes] of [
      [agent.token, 30],
      [agent.token, 15],
      [t.owner.token, 10],
    ] as const) {
      const { session } = await t.call('remote.start', { tool: 'rustdesk', remoteId: '123456789' }, token);
      t.clock.advance(minutes * MINUTE);
      await t.call('remote.end', { sessionId: session.id, outcome: 'solved' }, token);
    }
    // Still running: not service delivered yet.
    await t.call('remote.start', { tool: 'rustdesk', remoteId: '123456789' });

    const report = await t.call('remote.report', { month: '2025-01', timeZone: 'Asia/Shanghai' });
    expect(report.items).toEqual([
      { agentId: agent.user.id, agentName: agent.user.displayName, sessions: 2, seconds: 45 * 60 },
      { agentId: t.owner.user.id, agentName: t.owner.user.displayName, sessions: 1, seconds: 10 * 60 },
    ]);
    expect((await t.call('remote.report', { month: '2024-12', timeZone: 'Asia/Shanghai' })).items).toEqual(
      [],
    );
    await t.fail('remote.report', { month: '2025-13', timeZone: 'UTC' }, 'VALIDATION');
  });
});

describe('settings and gating', () => {
  test('staff may not change the tools; a stale save is a CONFLICT; a dangerous template is refused', async () => {
    const { t } = await withCustomer();
    const staff = await t.addUser('staff', 'sam');
    const settings = await t.call('remote.settings.get', {}, staff.token);
    expect(settings.profiles.map((profile) => profile.tool)).toEqual([
      'rustdesk',
      'anydesk',
      'teamviewer',
      'vnc',
    ]);
    await t.fail('remote.settings.save', { ...settings }, 'FORBIDDEN', { token: staff.token });
    await t.call('remote.settings.save', { ...settings, defaultTool: 'anydesk' });
    await t.fail('remote.settings.save', { ...settings }, 'CONFLICT');
    const web = {
      tool: 'custom',
      launch: 'uri',
      program: null,
      uriTemplate: 'https://x.example/{id}',
      argTemplate: null,
    };
    await t.fail('remote.settings.save', { version: 1, profiles: [web], defaultTool: null }, 'VALIDATION');
    const twice = [settings.profiles[0], settings.profiles[0]];
    await t.fail('remote.settings.save', { version: 1, profiles: twice, defaultTool: null }, 'VALIDATION');
  });

  test('a Standard licence locks remote assistance', async () => {
    const { t } = await withCustomer({ license: licenseOptions() });
    await t.call('license.activate', { key: issue({ edition: 'standard' }) });
    const error = await t.fail('remote.start', { tool: 'rustdesk', remoteId: '123456789' }, 'MODULE_LOCKED');
    expect(error.details).toMatchObject({ module: 'remote' });
  });
});
