import { describe, expect, test } from 'vitest';
import { CONTACT_FIELDS, type Contact } from '../../../shared/contacts/contract';
import {
  initialChoices,
  listValues,
  MERGED_FIELDS,
  mergePatch,
  valueOptions,
} from '../../../renderer/contacts/duplicates/mergeChoices';

function record(id: number, fields: Partial<Contact>): Contact {
  return {
    id,
    name: `Contact ${id}`,
    companyId: null,
    companyName: null,
    title: null,
    phones: [],
    emails: [],
    address: null,
    tags: [],
    notes: null,
    ownerId: null,
    ownerName: null,
    custom: {},
    version: 1,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    ...fields,
  };
}

const a = record(1, {
  name: 'Wang Fang',
  title: null,
  phones: ['138 0000 1111'],
  emails: ['FANG@example.com'],
  tags: ['vip'],
});
const b = record(2, {
  name: 'Fang Wang',
  title: 'Buyer',
  phones: ['+86 138-0000-1111', '010 1234 5678'],
  emails: ['fang@example.com', 'wf@example.com'],
  tags: ['lead', 'vip'],
  ownerId: 7,
  ownerName: 'Sam',
});

describe('merge choices', () => {
  test('every editable field of a contact is offered in the merge, once', () => {
    expect([...MERGED_FIELDS].sort()).toEqual([...CONTACT_FIELDS].sort());
  });

  test("the kept record's values first; its empty fields filled from the others; every list value once", () => {
    const choices = initialChoices([a, b], a.id);
    expect(mergePatch([a, b], choices)).toEqual({
      name: 'Wang Fang',
      companyName: null,
      title: 'Buyer',
      address: null,
      notes: null,
      ownerId: 7,
      phones: ['138 0000 1111', '010 1234 5678'],
      emails: ['FANG@example.com', 'wf@example.com'],
      tags: ['vip', 'lead'],
    });
  });

  test('choosing the other record to keep makes its values the proposal', () => {
    const patch = mergePatch([a, b], initialChoices([a, b], b.id));
    expect(patch.name).toBe('Fang Wang');
    expect(patch.emails).toEqual(['fang@example.com', 'wf@example.com']);
  });

  test('only differing, non-empty values are offered as choices', () => {
    expect(valueOptions([a, b], 'name').map((option) => option.value)).toEqual(['Wang Fang', 'Fang Wang']);
    expect(valueOptions([a, b], 'title')).toEqual([{ contactId: 2, value: 'Buyer' }]);
    expect(valueOptions([a, b], 'address')).toEqual([]);
    expect(listValues([a, b], 'tags', b.id)).toEqual(['lead', 'vip']);
  });
});
