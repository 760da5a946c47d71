import { describe, expect, test } from 'vitest';
import { parseColumnMap } from '../../../electron/core/modules/contacts/transfer/column-map';
import { contactDraftFromCells } from '../../../electron/core/modules/contacts/transfer/csv-cells';
import { proposeMapping } from '../../../shared/contacts/transfer-fields';

describe('proposed mapping', () => {
  test('English and Chinese headers find their fields, whatever the case, spacing or number', () => {
    expect(
      proposeMapping([
        'Full Name',
        '公司',
        'Job Title',
        'Mobile Phone',
        '电话',
        'E-mail Address',
        'Email 2',
        '电子邮件',
      ]),
    ).toEqual(['name', 'companyName', 'title', 'phones', 'phones', 'emails', 'emails', 'emails']);
    expect(
      proposeMapping(['姓名', '单位', '职务', '手机', '邮箱', '地址', '标签', '备注', 'Favourite colour']),
    ).toEqual(['name', 'companyName', 'title', 'phones', 'emails', 'address', 'tags', 'notes', null]);
    expect(proposeMapping(['First Name', 'Last Name', 'ＮＡＭＥ'])).toEqual([
      'firstName',
      'lastName',
      'name',
    ]);
  });
});

describe('--map', () => {
  test('reads Header=field pairs; an empty field leaves a column out', () => {
    expect([...parseColumnMap('Kunde=name, Firma=companyName,Telefon=phones,Intern=')]).toEqual([
      ['Kunde', 'name'],
      ['Firma', 'companyName'],
      ['Telefon', 'phones'],
      ['Intern', null],
    ]);
  });

  test.each([
    ['Kunde', /not Header=field/],
    ['Kunde=nom', /"nom" is not a contact field/],
    ['A=name,a=notes', /mapped twice/],
    [' , ', /names no column/],
  ])('refuses %j', (text, message) => {
    expect(() => parseColumnMap(text)).toThrow(message);
  });
});

describe('cells to a contact', () => {
  test('several phone and e-mail columns merge; lists split inside a cell', () => {
    const draft = contactDraftFromCells(
      [
        'Ann',
        '+1 555 0100',
        '555 0101\n555 0102',
        'a@x.example; b@x.example',
        'c@x.example',
        'vip, 批发、lead',
      ],
      ['name', 'phones', 'phones', 'emails', 'emails', 'tags'],
    );
    expect(draft).toMatchObject({
      phones: ['+1 555 0100', '555 0101', '555 0102'],
      emails: ['a@x.example', 'b@x.example', 'c@x.example'],
      tags: ['vip', '批发', 'lead'],
    });
  });

  test('first and last names make the name when there is no name column', () => {
    expect(contactDraftFromCells(['Ann', 'Lee'], ['firstName', 'lastName']).name).toBe('Ann Lee');
    expect(contactDraftFromCells(['伟', '张'], ['firstName', 'lastName']).name).toBe('张伟');
  });

  test('a phone keeps its dial-pause comma; an exported formula guard comes off', () => {
    expect(contactDraftFromCells(["'+86 138 0013 8000,,2"], ['phones']).phones).toEqual([
      '+86 138 0013 8000,,2',
    ]);
  });
});
