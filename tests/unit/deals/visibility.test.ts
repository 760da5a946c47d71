import { afterEach, expect, test } from 'vitest';
import { closeCores, issuePaths, setupCore } from '../core/helpers';
import { dealOf, pipelineRows } from './helpers';

afterEach(closeCores);

/** A company where staff see only their own customers; the owner's Ann is hidden from Sam. */
async function ownCustomersOnly() {
  const t = await setupCore();
  const sam = await t.addUser('staff', 'sam');
  const settings = await t.call('company.settings.get', {});
  await t.call('company.settings.update', {
    version: settings.version,
    patch: { customerVisibility: 'own' },
  });
  const ann = await t.call('contacts.create', { name: 'Ann Lee' });
  const deal = await t.call('deals.create', dealOf({ contactId: ann.id }));
  return { t, sam, ann, deal };
}

test('a deal shows no hidden customer to those who may not see it', async () => {
  const { t, sam, deal } = await ownCustomersOnly();
  const hidden = { contactId: null, contactName: null };
  expect(await t.call('deals.get', { id: deal.id }, sam.token)).toMatchObject({
    title: deal.title,
    ...hidden,
  });
  expect((await t.call('deals.list', {}, sam.token)).items).toMatchObject([hidden]);
  expect((await t.call('deals.board', {}, sam.token)).stages[0]!.deals).toMatchObject([hidden]);
  expect(await t.call('deals.get', { id: deal.id })).toMatchObject({ contactName: 'Ann Lee' });
});

test('a hidden customer cannot be linked or filtered by; an edit keeps the link it could not see', async () => {
  const { t, sam, ann, deal } = await ownCustomersOnly();
  const before = pipelineRows(t);
  await t.fail('deals.create', dealOf({ contactId: ann.id }), 'NOT_FOUND', { token: sam.token });
  const own = await t.call('deals.create', dealOf(), sam.token);
  const refused = await t.fail(
    'deals.update',
    { id: own.id, version: 1, patch: { contactId: ann.id } },
    'VALIDATION',
    { token: sam.token },
  );
  expect(issuePaths(refused)).toEqual(['patch.contactId']);
  await t.fail('deals.list', { filter: { contactId: ann.id } }, 'NOT_FOUND', { token: sam.token });
  expect(pipelineRows(t).deals).toHaveLength(before.deals.length + 1);

  const edited = await t.call(
    'deals.update',
    { id: deal.id, version: 1, patch: { title: 'Bigger order', contactId: null } },
    sam.token,
  );
  expect(edited).toMatchObject({ title: 'Bigger order', contactId: null });
  expect(await t.call('deals.get', { id: deal.id })).toMatchObject({
    title: 'Bigger order',
    contactId: ann.id,
  });
});

test('a deal whose contact went to the trash and whose owner left can still be edited', async () => {
  const t = await setupCore();
  const sam = await t.addUser('staff', 'sam');
  const ann = await t.call('contacts.create', { name: 'Ann Lee' });
  const deal = await t.call('deals.create', dealOf({ contactId: ann.id, ownerId: sam.user.id }));
  await t.call('contacts.delete', { id: ann.id });
  t.deactivate(sam.user.id);
  expect(await t.call('deals.update', { id: deal.id, version: 1, patch: { amount: 5 } })).toMatchObject({
    amount: 5,
    contactId: ann.id,
    ownerId: sam.user.id,
  });
});
