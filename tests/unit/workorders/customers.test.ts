import { afterEach, describe, expect, test } from 'vitest';
import { closeCores, MINUTE, setupCore } from '../core/helpers';
import { issue, licenseOptions } from '../license/keys';
import { agents, workOrderOf, workOrderRows } from './helpers';

afterEach(closeCores);

describe('gating', () => {
  test('a Standard licence locks every work-order procedure, reads too; After-sales opens them', async () => {
    const t = await setupCore({ license: licenseOptions() });
    const made = await t.call('workorders.create', workOrderOf());
    await t.call('license.activate', { key: issue({ edition: 'standard' }) });
    for (const [name, input] of [
      ['workorders.create', workOrderOf()],
      ['workorders.get', { id: made.id }],
      ['workorders.list', {}],
      ['workorders.counts', {}],
      ['workorders.update', { id: made.id, version: 1, patch: { subject: 'x' } }],
      ['workorders.assign', { id: made.id, version: 1, assigneeId: null }],
      ['workorders.setStatus', { id: made.id, version: 1, status: 'closed' }],
      ['workorders.reply', { id: made.id, body: 'x' }],
      ['workorders.thread', { id: made.id }],
      ['workorders.dispatch.get', {}],
      ['workorders.dispatch.save', { version: 0, groups: [] }],
    ] as const) {
      const error = await t.fail(name, input, 'MODULE_LOCKED');
      expect(error.details).toMatchObject({ module: 'workorders' });
    }
    expect(workOrderRows(t).workorders).toHaveLength(1);
    await t.call('license.activate', { key: issue({ edition: 'aftersales' }) });
    expect(await t.call('workorders.get', { id: made.id })).toEqual(made);
  });
});

describe('customer visibility', () => {
  async function ownVisibility() {
    const t = await setupCore();
    const [sam] = await agents(t, 'sam');
    const ann = await t.call('contacts.create', { name: 'Ann Lee' });
    const settings = await t.call('company.settings.get', {});
    await t.call('company.settings.update', {
      version: settings.version,
      patch: { customerVisibility: 'own' },
    });
    return { t, sam: sam!, ann };
  }

  test('a work order for a customer hidden from the caller is NOT_FOUND, and nothing is stored', async () => {
    const { t, sam, ann } = await ownVisibility();
    const error = await t.fail('workorders.create', workOrderOf({ contactId: ann.id }), 'NOT_FOUND', {
      token: sam.token,
    });
    expect(error.details).toEqual({ id: ann.id });
    expect(workOrderRows(t)).toMatchObject({ workorders: [], sequences: [] });
  });

  test('a work order about a hidden customer shows without that customer, and keeps it on save', async () => {
    const { t, sam, ann } = await ownVisibility();
    const made = await t.call('workorders.create', workOrderOf({ contactId: ann.id }));
    const seen = await t.call('workorders.get', { id: made.id }, sam.token);
    expect(seen).toMatchObject({ contactId: null, contactName: null });
    expect((await t.call('workorders.list', {}, sam.token)).items).toEqual([seen]);
    await t.call('workorders.update', { id: made.id, version: 1, patch: { contactId: null } }, sam.token);
    expect((await t.call('workorders.get', { id: made.id })).contactId).toBe(ann.id);
    await t.fail(
      'workorders.update',
      { id: made.id, version: 2, patch: { contactId: ann.id } },
      'NOT_FOUND',
      {
        token: sam.token,
      },
    );
  });
});

describe('contacts', () => {
  test('a merge moves the work orders of the merged contact, as a new version', async () => {
    const t = await setupCore();
    const keep = await t.call('contacts.create', { name: 'Fang Wu' });
    const other = await t.call('contacts.create', { name: 'Fang  Wu' });
    const opened = await t.call('workorders.create', workOrderOf({ contactId: other.id }));
    t.clock.advance(MINUTE);
    await t.call('contacts.merge', {
      targetId: keep.id,
      targetVersion: keep.version,
      sources: [{ id: other.id, version: other.version }],
      patch: {},
    });
    const moved = await t.call('workorders.list', { filter: { contactId: keep.id } });
    expect(moved.items.map((w) => [w.id, w.contactName, w.version, w.updatedAt])).toEqual([
      [opened.id, 'Fang Wu', 2, t.clock.now()],
    ]);
    await t.fail('workorders.update', { id: opened.id, version: 1, patch: { subject: 'x' } }, 'CONFLICT');
  });

  test("a work order is on its contact's timeline and on its company's, also through its contact", async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', { name: 'Ann Lee', companyName: 'Huawei' });
    const forContact = await t.call(
      'workorders.create',
      workOrderOf({ subject: 'Router', contactId: ann.id }),
    );
    t.clock.advance(MINUTE);
    const forCompany = await t.call(
      'workorders.create',
      workOrderOf({ subject: 'Invoice', companyId: ann.companyId, priority: 'high' }),
    );
    const contactTimeline = await t.call('timeline.forContact', { contactId: ann.id });
    const entries = contactTimeline.items.filter((entry) => entry.kind === 'workorder');
    expect(entries).toEqual([
      {
        kind: 'workorder',
        id: forContact.id,
        at: forContact.createdAt,
        actor: { id: t.owner.user.id, name: t.owner.user.displayName },
        contactId: ann.id,
        data: {
          workOrderId: forContact.id,
          number: forContact.number,
          subject: 'Router',
          status: 'new',
          priority: 'normal',
        },
      },
    ]);
    const companyTimeline = await t.call('timeline.forCompany', { companyId: ann.companyId! });
    expect(
      companyTimeline.items.filter((entry) => entry.kind === 'workorder').map((entry) => entry.id),
    ).toEqual([forCompany.id, forContact.id]);
  });
});
