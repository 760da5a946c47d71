import { afterEach, expect, test } from 'vitest';
import { closeCores, DAY, setupCore, START, type TestCore } from '../core/helpers';
import { issue, licenseOptions } from '../license/keys';

afterEach(closeCores);

const requests = (t: TestCore) =>
  t.core.context.db.prepare('SELECT user_id, license_id, support_code, tool FROM support_requests').all();

test('during the trial every user may ask; each request gets a fresh code and is logged', async () => {
  const t = await setupCore({ license: licenseOptions() });
  const staff = await t.addUser('staff', 'sam');
  const first = await t.call('remote.vendorHelp', {}, staff.token);
  const second = await t.call('remote.vendorHelp', {}, staff.token);
  expect(first).toMatchObject({ supported: true, licenseId: null, tool: 'rustdesk' });
  expect(first.supportCode).toMatch(/^\d{3} \d{3}$/);
  expect(requests(t)).toEqual([
    { user_id: staff.user.id, license_id: null, support_code: first.supportCode, tool: 'rustdesk' },
    { user_id: staff.user.id, license_id: null, support_code: second.supportCode, tool: 'rustdesk' },
  ]);
});

test('a Standard licence still gets the vendor’s help while support lasts, then says it has ended', async () => {
  const t = await setupCore({ license: licenseOptions() });
  const supportUntil = new Date(START + 10 * DAY).toISOString().slice(0, 10);
  await t.call('license.activate', {
    key: issue({ edition: 'standard', licenseId: 'LIC-42', supportUntil }),
  });
  expect(await t.call('remote.vendorHelp', {})).toMatchObject({
    supported: true,
    licenseId: 'LIC-42',
    supportUntil,
  });

  while (t.clock.now() < START + 11 * DAY) {
    t.clock.advance(5 * DAY);
    await t.call('auth.me', {});
  }
  expect(await t.call('remote.vendorHelp', {})).toEqual({
    licenseId: 'LIC-42',
    supportUntil,
    supported: false,
    supportCode: null,
    requestId: null,
    tool: null,
    launch: null,
  });
  expect(requests(t)).toHaveLength(1);
});

test('the company’s default tool is opened when it can be, in the way its profile says', async () => {
  const t = await setupCore();
  await t.call('remote.settings.save', {
    version: 0,
    profiles: [
      { tool: 'vnc', launch: 'uri', program: null, uriTemplate: null, argTemplate: null },
      {
        tool: 'anydesk',
        launch: 'program',
        program: 'C:\\Tools\\AnyDesk.exe',
        uriTemplate: null,
        argTemplate: null,
      },
    ],
    defaultTool: 'vnc',
  });
  // A VNC viewer cannot be helped; the next tool that can is used.
  expect(await t.call('remote.vendorHelp', {})).toMatchObject({
    tool: 'anydesk',
    launch: { kind: 'program', program: 'C:\\Tools\\AnyDesk.exe', args: [] },
  });
});
