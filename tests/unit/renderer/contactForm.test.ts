import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../../shared/contacts/contract';
import type { CustomFieldDef } from '../../../shared/custom-fields/contract';
import {
  emptyValues,
  inputOf,
  patchOf,
  validateContact,
  valuesOf,
} from '../../../renderer/contacts/form/contactFormValues';
import { rebase } from '../../../renderer/contacts/form/rebase';
import { serverFieldErrors } from '../../../renderer/forms/fieldErrors';
import { translator } from './translator';

let en: TFunction;
let zh: TFunction;
beforeAll(async () => {
  en = await translator('en');
  zh = await translator('zh-CN');
});

const field = (id: number, fields: Partial<CustomFieldDef>): CustomFieldDef => ({
  id,
  entity: 'contact',
  label: `Field ${id}`,
  type: 'text',
  choices: [],
  inList: false,
  archived: false,
  position: id,
  version: 1,
  ...fields,
});
const LEVEL = field(3, { label: 'Customer level', type: 'choice', choices: ['VIP', 'Regular'] });
const ORDERS = field(4, { label: 'Orders a year', type: 'number' });
/** The form's fields: the live ones. Field 5, archived, still holds a value of the contact. */
const FIELDS = [LEVEL, ORDERS];

const saved: Contact = {
  id: 7,
  name: '张伟',
  companyId: 3,
  companyName: '华为技术',
  title: null,
  phones: ['13800138000'],
  emails: [],
  address: null,
  tags: ['VIP'],
  notes: null,
  ownerId: 1,
  ownerName: 'Li Na',
  custom: { '3': 'VIP', '5': 'kept from an archived field' },
  version: 2,
  createdAt: 1,
  updatedAt: 2,
  deletedAt: null,
};

describe('contact form validation (the shared schema)', () => {
  it('asks for a name, in the language shown', () => {
    const errors = validateContact(emptyValues(1, FIELDS), FIELDS);
    expect(errors.name?.(en)).toBe('Please fill this in.');
    expect(errors.name?.(zh)).toBe('请填写此项。');
  });

  it('points a bad phone or email at the row it was typed in, skipping blank rows', () => {
    const values = {
      ...emptyValues(null, FIELDS),
      name: 'Wei',
      phones: ['', '13800138000', 'call me'],
      emails: ['', 'nope'],
    };
    const errors = validateContact(values, FIELDS);
    expect(Object.keys(errors).sort()).toEqual(['emails.1', 'phones.2']);
    expect(errors['phones.2']?.(en)).toContain('digits');
    expect(errors['emails.1']?.(en)).toBe('This is not a valid email address.');
  });

  it('accepts a phone in any usual format', () => {
    const values = {
      ...emptyValues(null, FIELDS),
      name: 'Wei',
      phones: ['138-0013 8000', '(138) 0013', '+86 138 0013 8000'],
    };
    expect(validateContact(values, FIELDS)).toEqual({});
  });

  it('sends blank rows and empty texts as nothing', () => {
    expect(inputOf({ ...emptyValues(null, FIELDS), name: ' Wei ', companyName: '  ' }, FIELDS)).toMatchObject(
      {
        name: 'Wei',
        companyName: null,
        phones: [],
        emails: [],
        ownerId: null,
      },
    );
  });

  it('checks a custom value by its field, under its input', () => {
    const values = { ...emptyValues(null, FIELDS), name: 'Wei', custom: { '4': '12 boxes' } };
    const errors = validateContact(values, FIELDS);
    expect(Object.keys(errors)).toEqual(['custom.4']);
    expect(errors['custom.4']?.(en)).toBe('Enter a number, e.g. 1200, 1,200.50 or -3.');
    expect(errors['custom.4']?.(zh)).toBe('请输入数字，例如 1200、1,200.50 或 -3。');
  });

  it('sends custom values as stored: numbers as numbers, blank ones left out', () => {
    const values = { ...emptyValues(null, FIELDS), name: 'Wei', custom: { '3': '', '4': '1,200.5' } };
    expect(inputOf(values, FIELDS).custom).toEqual({ '4': 1200.5 });
  });

  it('says "not valid" beside a field the server refused', () => {
    const errors = serverFieldErrors([{ path: ['name'], message: 'Too big' }]);
    expect(errors.name?.(zh)).toBe('此值无效。');
  });
});

describe('saving an edit', () => {
  it('sends only the fields the user changed', () => {
    const values = { ...valuesOf(saved, FIELDS), title: '采购经理', tags: ['VIP', '华南'] };
    expect(patchOf(saved, values, FIELDS)).toEqual({ title: '采购经理', tags: ['VIP', '华南'] });
  });

  it('sends the whole custom map when one value changed, keeping archived fields’ values', () => {
    const values = valuesOf(saved, FIELDS);
    const patch = patchOf(saved, { ...values, custom: { ...values.custom, '3': 'Regular' } }, FIELDS);
    expect(patch).toEqual({ custom: { '3': 'Regular', '5': 'kept from an archived field' } });
  });

  it('sends nothing when nothing changed', () => {
    expect(patchOf(saved, valuesOf(saved, FIELDS), FIELDS)).toEqual({});
  });
});

describe('after a stale save (CONFLICT)', () => {
  const latest: Contact = {
    ...saved,
    version: 3,
    companyName: '华为',
    notes: 'Called on Monday',
    title: '经理',
  };

  it("keeps what the user typed and takes the others' changes elsewhere", () => {
    const typed = { ...valuesOf(saved, FIELDS), title: '采购经理', phones: ['13800138000', '010-1234 5678'] };
    const { values, clashes } = rebase(saved, latest, typed, FIELDS);
    expect(values.title).toBe('采购经理');
    expect(values.phones).toEqual(['13800138000', '010-1234 5678']);
    expect(values.companyName).toBe('华为');
    expect(values.notes).toBe('Called on Monday');
    expect(clashes).toEqual(['title']);
  });

  it("then saves only the user's own changes on top of the latest version", () => {
    const typed = { ...valuesOf(saved, FIELDS), title: '采购经理' };
    const { values } = rebase(saved, latest, typed, FIELDS);
    expect(patchOf(latest, values, FIELDS)).toEqual({ title: '采购经理' });
  });
});
