import { expect, test } from 'vitest';
import type { Deal } from '../../../shared/deals/contract';
import {
  dealInputOf,
  dealPatchOf,
  emptyFormValues,
  formValuesOf,
  validateDealForm,
} from '../../../renderer/deals/form/dealFormValues';

const stored: Deal = {
  id: 7,
  title: 'Router upgrade',
  amount: 1_250_000,
  currency: 'CNY',
  stageId: 2,
  stageName: 'Needs analysis',
  status: 'open',
  closeReason: null,
  closedAt: null,
  expectedClose: '2025-03-31',
  probability: 25,
  ownerId: 1,
  ownerName: 'Olivia',
  contactId: 3,
  contactName: 'Ann Lee',
  companyId: 4,
  companyName: 'Huawei',
  custom: {},
  createdBy: 1,
  createdAt: 0,
  updatedAt: 0,
  version: 2,
};

test('a new deal from the form: amount in minor units, empty probability left to the stage', () => {
  const values = { ...emptyFormValues('JPY', 1, 5, []), title: ' Cables ', amount: '30,000' };
  expect(validateDealForm(values, [])).toEqual({});
  expect(dealInputOf(values, [])).toEqual({
    title: 'Cables',
    amount: 30_000,
    currency: 'JPY',
    stageId: 1,
    expectedClose: null,
    ownerId: 5,
    contactId: null,
    companyId: null,
    custom: {},
  });
});

test('the form names each field it cannot send', () => {
  const values = {
    ...emptyFormValues('USD', 1, 5, []),
    amount: '10.999',
    probability: '101',
    expectedClose: '2025-02-30',
  };
  expect(Object.keys(validateDealForm(values, [])).sort()).toEqual([
    'amount',
    'expectedClose',
    'probability',
    'title',
  ]);
});

test('an edit sends only what changed; a new contact brings its company', () => {
  const values = formValuesOf(stored, []);
  expect(values.amount).toBe('12500.00');
  expect(dealPatchOf(stored, values, [])).toEqual({});
  expect(
    dealPatchOf(
      stored,
      { ...values, amount: '12500.5', contact: { id: 9, name: 'Bo', companyId: null } },
      [],
    ),
  ).toEqual({ amount: 1_250_050, contactId: 9, companyId: null });
});
