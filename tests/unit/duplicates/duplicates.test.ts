import { afterEach, describe, expect, test } from 'vitest';
import { closeCores, contact, ids, setupCore } from '../core/helpers';

afterEach(closeCores);

describe('while entering a contact', () => {
  test('finds customers with the same e-mail, phone digits, or name at the same company', async () => {
    const t = await setupCore();
    const zhang = await t.call(
      'contacts.create',
      contact('张伟', {
        companyName: 'Huawei',
        phones: ['+86 138 0013 8000'],
        emails: ['Zhang.Wei@Example.com'],
      }),
    );
    await t.call('contacts.create', contact('Someone Else', { companyName: 'Huawei' }));

    const byEmail = await t.call('contacts.duplicates.check', {
      name: 'Z. Wei',
      emails: ['zhang.wei@example.com'],
    });
    expect(byEmail.items.map((item) => [item.contact.id, item.reasons])).toEqual([[zhang.id, ['email']]]);
    const byPhone = await t.call('contacts.duplicates.check', { phones: ['138-0013-8000'] });
    expect(byPhone.items.map((item) => item.reasons)).toEqual([['phone']]);
    const byName = await t.call('contacts.duplicates.check', { name: '张伟', companyName: 'HUAWEI' });
    expect(byName.items.map((item) => item.contact.id)).toEqual([zhang.id]);
    const all = await t.call('contacts.duplicates.check', {
      name: '张伟',
      companyName: 'Huawei',
      phones: ['13800138000'],
      emails: ['zhang.wei@example.com'],
    });
    expect(all.items[0]!.reasons).toEqual(['email', 'name and company', 'phone']);
  });

  test('a contact is not its own duplicate, and different people are not matched', async () => {
    const t = await setupCore();
    const zhang = await t.call('contacts.create', contact('张伟', { emails: ['zw@example.com'] }));
    expect(
      (await t.call('contacts.duplicates.check', { emails: ['zw@example.com'], excludeId: zhang.id })).items,
    ).toEqual([]);
    expect(
      (await t.call('contacts.duplicates.check', { name: '张伟', companyName: 'Other Co' })).items,
    ).toEqual([]);
    expect((await t.call('contacts.duplicates.check', { emails: ['zw2@example.com'] })).items).toEqual([]);
  });

  test('bad input is refused', async () => {
    const t = await setupCore();
    await t.fail('contacts.duplicates.check', { emails: ['not an address'] }, 'VALIDATION');
    await t.fail('contacts.duplicates.check', { phones: ['12'] }, 'VALIDATION');
    await t.fail('contacts.duplicates.check', { nickname: 'x' }, 'VALIDATION');
  });

  test('customers hidden from the caller are counted, not shown', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    await t.call('contacts.create', contact('Owned By Olivia', { emails: ['same@example.com'] }));
    const settings = await t.call('company.settings.get', {});
    await t.call('company.settings.update', {
      version: settings.version,
      patch: { customerVisibility: 'own' },
    });
    const answer = await t.call('contacts.duplicates.check', { emails: ['same@example.com'] }, sam.token);
    expect(answer).toEqual({ items: [], hidden: 1 });
  });
});

describe('the duplicate finder', () => {
  test('groups contacts joined by any shared key, largest group first, trash left out', async () => {
    const t = await setupCore();
    const a = await t.call('contacts.create', contact('Ann Lee', { emails: ['ann@example.com'] }));
    const b = await t.call(
      'contacts.create',
      contact('Ann L.', { emails: ['ANN@example.com'], phones: ['010 6552 9988'] }),
    );
    // Joined to b by the phone only: a, b and c are one group.
    const c = await t.call('contacts.create', contact('A. Lee', { phones: ['+86 10 6552 9988'] }));
    const d = await t.call('contacts.create', contact('Bo Chen', { companyName: 'Acme' }));
    const e = await t.call('contacts.create', contact('bo chen', { companyName: 'ACME' }));
    const trashed = await t.call('contacts.create', contact('Bo Chen', { companyName: 'Acme' }));
    await t.call('contacts.delete', { id: trashed.id });
    await t.call('contacts.create', contact('Bo Chen', { companyName: 'Other' }));
    await t.call('contacts.create', contact('Alone', { emails: ['alone@example.com'] }));

    const found = await t.call('contacts.duplicates.find', {});
    expect(found.total).toBe(2);
    expect(found.groups.map((group) => ids(group.contacts))).toEqual([
      [a.id, b.id, c.id],
      [d.id, e.id],
    ]);
    expect(found.groups.map((group) => group.reasons)).toEqual([['email', 'phone'], ['name and company']]);
    expect((await t.call('contacts.duplicates.find', { limit: 1 })).groups).toHaveLength(1);
    await t.fail('contacts.duplicates.find', { limit: 0 }, 'VALIDATION');
  });

  test('staff who see only their own customers find duplicates among those only', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const mine = await t.call('contacts.create', contact('Sam A', { emails: ['x@example.com'] }), sam.token);
    const mineToo = await t.call(
      'contacts.create',
      contact('Sam B', { emails: ['x@example.com'] }),
      sam.token,
    );
    await t.call('contacts.create', contact('Olivia A', { emails: ['y@example.com'] }));
    await t.call('contacts.create', contact('Olivia B', { emails: ['y@example.com'] }));
    const settings = await t.call('company.settings.get', {});
    await t.call('company.settings.update', {
      version: settings.version,
      patch: { customerVisibility: 'own' },
    });
    const found = await t.call('contacts.duplicates.find', {}, sam.token);
    expect(found.groups.map((group) => ids(group.contacts))).toEqual([[mine.id, mineToo.id]]);
    expect((await t.call('contacts.duplicates.find', {})).total).toBe(2);
  });
});
