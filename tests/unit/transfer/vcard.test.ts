import { describe, expect, test } from 'vitest';
import type { Contact } from '../../../shared/contacts/contract';
import { vcardRecords } from '../../../electron/core/modules/contacts/transfer/vcard-read';
import { contactVcard } from '../../../electron/core/modules/contacts/transfer/vcard-write';
import { foldLine } from '../../../electron/core/modules/contacts/transfer/vcard-text';

const drafts = (text: string) => [...vcardRecords(text)].map((record) => record.draft);

describe('reading vCards', () => {
  test('vCard 3.0: folded lines, several phones and e-mails, structured fields, escapes', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Lee;Ann;;Dr.;',
      'FN:Ann Lee',
      'ORG:Acme\\, Inc.;Sales',
      'TITLE:Head of sales',
      'TEL;TYPE=WORK,VOICE:+1 555 0100',
      'TEL;TYPE=CELL:+1 555',
      '  0199',
      'EMAIL;TYPE=INTERNET:ann@acme.example',
      'item1.EMAIL;TYPE=INTERNET:ann.lee@home.exa',
      ' mple',
      'ADR;TYPE=WORK:;;1 Main St\\nSuite 5;Springfield;IL;62701;USA',
      'NOTE:Met at the fair\\; likes tea\\, not coffee.\\nBackslash: \\\\',
      'CATEGORIES:vip,wholesale,a\\,b',
      'PHOTO;ENCODING=b;TYPE=JPEG:AAAA',
      'END:VCARD',
      '',
    ].join('\r\n');
    expect(drafts(card)).toEqual([
      {
        name: 'Ann Lee',
        companyName: 'Acme, Inc.',
        title: 'Head of sales',
        phones: ['+1 555 0100', '+1 555 0199'],
        emails: ['ann@acme.example', 'ann.lee@home.example'],
        address: '1 Main St\nSuite 5\nSpringfield\nIL\n62701\nUSA',
        tags: ['vip', 'wholesale', 'a,b'],
        notes: 'Met at the fair; likes tea, not coffee.\nBackslash: \\',
        custom: {},
      },
    ]);
  });

  test('vCard 4.0: tel: URIs, N without FN, LF line ends, several cards', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'N:张;伟;;;',
      'TEL;VALUE=uri;TYPE="voice,cell":tel:+86-138-0013-8000',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'N:Nguyen;Zoë;;;',
      'END:VCARD',
    ].join('\n');
    expect(drafts(text).map((draft) => [draft.name, draft.phones])).toEqual([
      ['张伟', ['+86-138-0013-8000']],
      ['Zoë Nguyen', []],
    ]);
  });

  test('quoted-printable of 3.0 and 2.1, with soft line breaks and a charset', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=BC=9F',
      'NOTE;QUOTED-PRINTABLE:first =',
      'line=0D=0Asecond',
      'ORG;CHARSET=GB18030;ENCODING=QUOTED-PRINTABLE:=B9=AB=CB=BE',
      'END:VCARD',
    ].join('\r\n');
    expect(drafts(text)[0]).toMatchObject({
      name: '张伟',
      notes: 'first line\r\nsecond',
      companyName: '公司',
    });
  });

  test('a card without END:VCARD is reported', () => {
    const records = [...vcardRecords('BEGIN:VCARD\nFN:Cut off\n')];
    expect(records).toHaveLength(1);
    expect(records[0]!.errors[0]!.message).toMatch(/no END:VCARD/);
  });
});

describe('writing vCard 4.0', () => {
  const contact: Contact = {
    id: 1,
    name: 'Zoë "Z" 张; Lee',
    companyId: 1,
    companyName: 'Acme, Inc.',
    title: 'CEO 😀',
    phones: ['+86 138 0013 8000', '555-0100;ext=2'],
    emails: ['z@acme.example'],
    address: '1 Main St\nSpringfield',
    tags: ['vip', 'a,b'],
    notes: `${'长'.repeat(60)}\nback\\slash`,
    ownerId: 1,
    ownerName: 'Olivia',
    custom: {},
    version: 1,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
  };

  test('lines are folded at 75 octets, never inside a character', () => {
    const line = `NOTE:${'😀'.repeat(30)}${'é'.repeat(40)}`;
    const physical = foldLine(line).split('\r\n').slice(0, -1);
    for (const part of physical) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  test('what it writes reads back the same', () => {
    const text = contactVcard(contact);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(drafts(text)).toEqual([
      {
        name: contact.name,
        companyName: contact.companyName,
        title: contact.title,
        phones: contact.phones,
        emails: contact.emails,
        address: contact.address,
        tags: contact.tags,
        notes: contact.notes,
        custom: {},
      },
    ]);
  });
});
