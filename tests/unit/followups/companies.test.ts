import { afterEach, describe, expect, test } from 'vitest';
import type { TimelineEntry } from '../../../shared/timeline/contract';
import { closeCores, HOUR, issuePaths, setupCore, START } from '../core/helpers';
import { call } from './helpers';

afterEach(closeCores);

const subjects = (items: readonly TimelineEntry[]) =>
  items.map((item) => (item.kind === 'followup' ? item.data.subject : item.kind));

async function scene() {
  const t = await setupCore();
  const ann = await t.call('contacts.create', { name: 'Ann Lee', companyName: 'Lee Trading', title: 'CEO' });
  const bo = await t.call('contacts.create', {
    name: 'Bo Chen',
    companyName: 'Lee Trading',
    phones: ['138 0013 8000'],
    emails: ['bo@lee.example'],
  });
  const other = await t.call('contacts.create', { name: 'Cy', companyName: 'Other Ltd' });
  const companyId = ann.companyId!;
  return { t, ann, bo, other, companyId };
}

describe('companies.get and companies.contacts', () => {
  test('a company with its contacts by name, without those in the trash or of other companies', async () => {
    const { t, ann, bo, companyId } = await scene();
    const gone = await t.call('contacts.create', { name: 'Al Gone', companyName: 'Lee Trading' });
    await t.call('contacts.delete', { id: gone.id });
    expect(await t.call('companies.get', { id: companyId })).toEqual({
      id: companyId,
      name: 'Lee Trading',
      createdAt: START,
      updatedAt: START,
      version: 1,
    });
    const { items, nextCursor } = await t.call('companies.contacts', { companyId });
    expect(items).toEqual([
      { id: ann.id, name: 'Ann Lee', title: 'CEO', phone: null, email: null },
      { id: bo.id, name: 'Bo Chen', title: null, phone: '138 0013 8000', email: 'bo@lee.example' },
    ]);
    expect(nextCursor).toBeNull();
  });

  test('pages through the contacts without gaps or repeats', async () => {
    const { t, companyId } = await scene();
    for (const name of ['Dee', 'Eve', 'Fay'])
      await t.call('contacts.create', { name, companyName: 'Lee Trading' });
    const first = await t.call('companies.contacts', { companyId, limit: 2 });
    const second = await t.call('companies.contacts', { companyId, limit: 2, cursor: first.nextCursor });
    const third = await t.call('companies.contacts', { companyId, limit: 2, cursor: second.nextCursor });
    expect([first, second, third].flatMap((p) => p.items.map((item) => item.name))).toEqual([
      'Ann Lee',
      'Bo Chen',
      'Dee',
      'Eve',
      'Fay',
    ]);
    expect(third.nextCursor).toBeNull();
  });

  test('an unknown company is NOT_FOUND; a bad id or cursor is VALIDATION', async () => {
    const { t, companyId } = await scene();
    await t.fail('companies.get', { id: 999 }, 'NOT_FOUND');
    await t.fail('companies.contacts', { companyId: 999 }, 'NOT_FOUND');
    await t.fail('companies.followups', { companyId: 999 }, 'NOT_FOUND');
    await t.fail('timeline.forCompany', { companyId: 999 }, 'NOT_FOUND');
    expect(issuePaths(await t.fail('companies.get', { id: 0 }, 'VALIDATION'))).toEqual(['id']);
    expect(issuePaths(await t.fail('companies.get', { id: '1' }, 'VALIDATION'))).toEqual(['id']);
    const badCursor = await t.fail('companies.contacts', { companyId, cursor: 'nonsense' }, 'VALIDATION');
    expect(issuePaths(badCursor)).toEqual(['cursor']);
  });
});

describe('a company’s follow-ups and timeline', () => {
  test('hold its own follow-ups and its contacts’, newest first, not other companies’', async () => {
    const { t, ann, bo, other, companyId } = await scene();
    await t.call('followups.create', call(ann.id, START + HOUR, { subject: 'Ann’s' }));
    await t.call('followups.create', call(bo.id, START + 3 * HOUR, { subject: 'Bo’s' }));
    await t.call('followups.create', {
      kind: 'visit',
      subject: 'the company’s',
      companyId,
      dueAt: START + 2 * HOUR,
    });
    // One about a contact and the company both appears once.
    await t.call('followups.create', call(ann.id, START + 4 * HOUR, { subject: 'both', companyId }));
    await t.call('followups.create', call(other.id, START + 5 * HOUR, { subject: 'other' }));

    const timeline = await t.call('timeline.forCompany', { companyId });
    expect(subjects(timeline.items)).toEqual(['both', 'Bo’s', 'the company’s', 'Ann’s']);
    const followups = await t.call('companies.followups', { companyId });
    expect(followups.items.map((f) => f.subject)).toEqual(['both', 'Bo’s', 'the company’s', 'Ann’s']);
  });

  test('pages through the timeline without gaps or repeats, and leaves out a contact in the trash', async () => {
    const { t, ann, bo, companyId } = await scene();
    for (let i = 1; i <= 5; i += 1) {
      await t.call('followups.create', call(i % 2 ? ann.id : bo.id, START + i * HOUR, { subject: `f${i}` }));
    }
    const first = await t.call('timeline.forCompany', { companyId, limit: 2 });
    const second = await t.call('timeline.forCompany', { companyId, limit: 2, cursor: first.nextCursor });
    const third = await t.call('timeline.forCompany', { companyId, limit: 2, cursor: second.nextCursor });
    expect([first, second, third].flatMap((p) => subjects(p.items))).toEqual(['f5', 'f4', 'f3', 'f2', 'f1']);
    expect(third.nextCursor).toBeNull();

    await t.call('contacts.delete', { id: bo.id });
    const afterTrash = await t.call('timeline.forCompany', { companyId });
    expect(subjects(afterTrash.items)).toEqual(['f5', 'f3', 'f1']);
  });
});

describe('when staff see only their own customers', () => {
  test('a company shows them only the contacts they may see, and only those contacts’ follow-ups', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const settings = await t.call('company.settings.get', {});
    await t.call('company.settings.update', {
      version: settings.version,
      patch: { customerVisibility: 'own' },
    });
    const hidden = await t.call('contacts.create', { name: 'Ann Lee', companyName: 'Lee Trading' });
    const mine = await t.call('contacts.create', {
      name: 'Bo Chen',
      companyName: 'Lee Trading',
      ownerId: sam.user.id,
    });
    const companyId = mine.companyId!;
    await t.call('followups.create', call(hidden.id, START + HOUR, { subject: 'about Ann' }));
    await t.call('followups.create', call(mine.id, START + 2 * HOUR, { subject: 'about Bo' }));
    await t.call('followups.create', { kind: 'note', subject: 'about the company', companyId });

    const contacts = await t.call('companies.contacts', { companyId }, sam.token);
    expect(contacts.items.map((c) => c.name)).toEqual(['Bo Chen']);
    const followups = await t.call('companies.followups', { companyId }, sam.token);
    expect(followups.items.map((f) => f.subject)).toEqual(['about Bo', 'about the company']);
    const timeline = await t.call('timeline.forCompany', { companyId }, sam.token);
    expect(subjects(timeline.items)).toEqual(['about Bo', 'about the company']);

    // The owner still sees everything.
    const all = await t.call('timeline.forCompany', { companyId });
    expect(subjects(all.items)).toEqual(['about Bo', 'about Ann', 'about the company']);
  });
});
