import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ContactInput } from '../../../shared/contacts/contract';
import { closeCores, issuePaths, names, setupCore, type TestCore } from './helpers';

afterAll(closeCores);

/** A core holding `contacts`, created in the given order. */
async function coreWith(contacts: readonly ContactInput[]): Promise<TestCore> {
  const t = await setupCore();
  for (const input of contacts) await t.call('contacts.create', input);
  return t;
}

const search = async (t: TestCore, query: string, limit?: number) =>
  names((await t.call('contacts.search', limit === undefined ? { query } : { query, limit })).items);

/** Names found, in any order: search ranks newest first, which these tests do not pin down. */
const found = async (t: TestCore, query: string) => (await search(t, query)).sort();

describe('phone numbers are found by their digits, whatever the format', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await coreWith([
      { name: 'Li Lei', phones: ['13800138000'] },
      { name: 'Han Meimei', phones: ['+86 138 0013 8000'] },
      { name: 'Other Mobile', phones: ['13900139000'] },
      { name: 'London Office', phones: ['+44 20 7946 0018'] },
      { name: 'London Local', phones: ['020 7946 0018'] },
    ]);
  });

  test.each([
    ['13800138000'],
    ['138-0013 8000'],
    ['+86 13800138000'],
    ['+86 138 0013 8000'],
    ['0086 138 0013 8000'],
    ['8613800138000'],
    ['(138) 0013'],
    ['138 0013 8000'],
    ['１３８００１３８０００'],
  ])('%s finds the mobile stored as 13800138000 and as +86 138 0013 8000', async (query) => {
    expect(await found(t, query)).toEqual(['Han Meimei', 'Li Lei']);
  });

  test('the first three digits are enough', async () => {
    expect(await found(t, '138')).toEqual(['Han Meimei', 'Li Lei']);
    expect(await found(t, '139')).toEqual(['Other Mobile']);
  });

  test('the last digits find the number: last 4 and last 8', async () => {
    expect(await found(t, '8000')).toEqual(['Han Meimei', 'Li Lei']);
    expect(await found(t, '0013 8000')).toEqual(['Han Meimei', 'Li Lei']);
    expect(await found(t, '9000')).toEqual(['Other Mobile']);
  });

  test('a fragment from the middle of a number is not a match (only starts and ends are indexed)', async () => {
    expect(await found(t, '3800')).toEqual([]);
    expect(await found(t, '8001')).toEqual([]);
    expect(await found(t, '0013')).toEqual([]);
  });

  test.each([
    ['020 7946'],
    ['7946 0018'],
    ['+44 20 7946'],
    ['0044 20 7946 0018'],
    ['2079460018'],
    ['020 7946 0018'],
  ])('%s finds the London number stored as +44 20 7946 0018 and as 020 7946 0018', async (query) => {
    expect(await found(t, query)).toEqual(['London Local', 'London Office']);
  });

  test('a different number is not found', async () => {
    expect(await found(t, '020 8946')).toEqual([]);
    expect(await found(t, '13800138001')).toEqual([]);
  });

  test('fewer than 3 digits do not look up phone numbers', async () => {
    expect(await found(t, '13')).toEqual([]);
    expect(await found(t, '00')).toEqual([]);
    expect(await found(t, '+8')).toEqual([]);
    expect(await found(t, '1-3')).toEqual([]);
  });
});

describe('names, companies and e-mail addresses', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await coreWith([
      { name: '张伟', companyName: '华为技术' },
      { name: '张伟明' },
      { name: '王芳' },
      { name: 'Zhang Wei', companyName: 'Acme Trading', emails: ['zhang.wei@example.com'] },
      { name: 'José Álvarez', emails: ['jose.alvarez@correo.es'] },
      { name: 'Zoë Müller' },
      { name: '김민수' },
      { name: '田中太郎' },
    ]);
  });

  test('a Chinese name is found by each of its characters and by the whole name', async () => {
    expect(await found(t, '张')).toEqual(['张伟', '张伟明']);
    expect(await found(t, '伟')).toEqual(['张伟', '张伟明']);
    expect(await found(t, '张伟')).toEqual(['张伟', '张伟明']);
  });

  test('a longer Chinese name is found by its start, and the full name finds only it', async () => {
    expect(await found(t, '张伟明')).toEqual(['张伟明']);
    expect(await found(t, '伟明')).toEqual(['张伟明']);
  });

  test('a Chinese name is not found by a character it does not have', async () => {
    expect(await found(t, '王')).toEqual(['王芳']);
    expect(await found(t, '李')).toEqual([]);
  });

  test('Korean and Japanese names are found by part of the name', async () => {
    expect(await found(t, '민수')).toEqual(['김민수']);
    expect(await found(t, '田中')).toEqual(['田中太郎']);
  });

  test('the first letters of a word are enough, in any case', async () => {
    expect(await found(t, 'zha')).toEqual(['Zhang Wei']);
    expect(await found(t, 'ZHANG')).toEqual(['Zhang Wei']);
    expect(await found(t, 'z')).toEqual(['Zhang Wei', 'Zoë Müller']);
  });

  test('two words must both match, as prefixes and in any order', async () => {
    expect(await found(t, 'zhang w')).toEqual(['Zhang Wei']);
    expect(await found(t, 'wei zhang')).toEqual(['Zhang Wei']);
    expect(await found(t, 'zhang x')).toEqual([]);
  });

  test('accents do not matter either way', async () => {
    expect(await found(t, 'jose')).toEqual(['José Álvarez']);
    expect(await found(t, 'JOSÉ')).toEqual(['José Álvarez']);
    expect(await found(t, 'alvarez')).toEqual(['José Álvarez']);
    expect(await found(t, 'muller')).toEqual(['Zoë Müller']);
    expect(await found(t, 'zoe')).toEqual(['Zoë Müller']);
  });

  test('the company name finds its contacts, in Latin and Chinese', async () => {
    expect(await found(t, 'acme')).toEqual(['Zhang Wei']);
    expect(await found(t, 'acme trad')).toEqual(['Zhang Wei']);
    expect(await found(t, '华为')).toEqual(['张伟']);
  });

  test('fragments of an e-mail address find its contact', async () => {
    expect(await found(t, 'zhang.wei@')).toEqual(['Zhang Wei']);
    expect(await found(t, 'zhang.wei@ex')).toEqual(['Zhang Wei']);
    expect(await found(t, 'example')).toEqual(['Zhang Wei']);
    expect(await found(t, 'correo')).toEqual(['José Álvarez']);
    expect(await found(t, 'jose.alvarez@correo.es')).toEqual(['José Álvarez']);
  });

  test.each([
    ['"'],
    ['""'],
    ['*'],
    ['NEAR(a b)'],
    ['a OR b'],
    ['-x'],
    [':'],
    ['^'],
    ['('],
    [')'],
    ['😀'],
    ['🙂🙃'],
    [''],
    ['   '],
    ['AND'],
    ['NOT'],
    ['OR'],
    ['words:zhang'],
    ["'"],
    ['\\'],
    ['%_'],
    ['{words}: zhang'],
    ['+'],
    ['((('],
    ['zhang AND'],
    ['\u0000'],
  ])('the query %j never fails', async (query) => {
    const result = await t.raw('contacts.search', { query });
    expect(result.ok).toBe(true);
    expect(result.ok && Array.isArray((result.result as { items: unknown }).items)).toBe(true);
  });

  test('search operators typed by the user are taken as plain words', async () => {
    expect(await found(t, 'zhang*')).toEqual(['Zhang Wei']);
    expect(await found(t, '"zhang')).toEqual(['Zhang Wei']);
    expect(await found(t, '^zhang')).toEqual(['Zhang Wei']);
    expect(await found(t, 'zhang -wei')).toEqual(['Zhang Wei']);
    expect(await found(t, 'zhang OR jose')).toEqual([]);
    expect(await found(t, 'NEAR(zhang wei)')).toEqual([]);
  });

  test('a query over 200 characters is refused', async () => {
    const error = await t.fail('contacts.search', { query: 'a'.repeat(201) }, 'VALIDATION');
    expect(issuePaths(error)).toEqual(['query']);
  });
});

describe('search follows changes', () => {
  test('a trashed contact is not found, by name or phone, until it is restored', async () => {
    const t = await coreWith([
      { name: 'Wang Fang', phones: ['+86 139 1234 5678'], emails: ['wf@example.cn'] },
    ]);
    const [wang] = (await t.call('contacts.search', { query: 'wang' })).items;
    await t.call('contacts.delete', { id: wang!.id });
    for (const query of ['wang', '13912345678', '5678', 'wf@example']) {
      expect(await found(t, query), query).toEqual([]);
    }
    await t.call('contacts.restore', { id: wang!.id });
    for (const query of ['wang', '13912345678', '5678', 'wf@example']) {
      expect(await found(t, query), query).toEqual(['Wang Fang']);
    }
  });

  test('a renamed contact is found by its new name and no longer by its old one', async () => {
    const t = await coreWith([{ name: 'Zhang Wei', companyName: 'Acme' }]);
    const [zhang] = (await t.call('contacts.search', { query: 'zhang' })).items;
    await t.call('contacts.update', {
      id: zhang!.id,
      version: zhang!.version,
      patch: { name: 'Zhou Min', companyName: 'Globex' },
    });
    expect(await found(t, 'zhang')).toEqual([]);
    expect(await found(t, 'acme')).toEqual([]);
    expect(await found(t, 'zhou')).toEqual(['Zhou Min']);
    expect(await found(t, 'globex')).toEqual(['Zhou Min']);
  });

  test('a changed phone number is found by the new number and not the old one', async () => {
    const t = await coreWith([{ name: 'Li Lei', phones: ['13800138000'] }]);
    const [li] = (await t.call('contacts.search', { query: '13800138000' })).items;
    await t.call('contacts.update', {
      id: li!.id,
      version: li!.version,
      patch: { phones: ['020 7946 0018'] },
    });
    expect(await found(t, '13800138000')).toEqual([]);
    expect(await found(t, '8000')).toEqual([]);
    expect(await found(t, '020 7946')).toEqual(['Li Lei']);
  });

  test('a contact is found by name again after an edit that did not touch the name', async () => {
    const t = await coreWith([{ name: '张伟' }]);
    const [zhang] = (await t.call('contacts.search', { query: '张伟' })).items;
    await t.call('contacts.update', { id: zhang!.id, version: zhang!.version, patch: { title: '经理' } });
    expect(await found(t, '张伟')).toEqual(['张伟']);
  });
});

describe('limit', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await setupCore();
    t.core.context.contacts.insertMany(
      Array.from({ length: 30 }, (_, i) => ({
        name: `Smith ${String(i).padStart(2, '0')}`,
        phones: [`139 0000 ${String(1000 + i)}`],
      })),
      t.owner.user.id,
      t.clock.now(),
    );
  });

  test('search shows 20 results unless asked for another number', async () => {
    expect(await search(t, 'smith')).toHaveLength(20);
    expect(await search(t, 'smith', 5)).toHaveLength(5);
    expect(await search(t, 'smith', 100)).toHaveLength(30);
  });

  test('a phone search respects the limit too', async () => {
    expect(await search(t, '139', 7)).toHaveLength(7);
    expect(await search(t, '139')).toHaveLength(20);
    expect(await search(t, '1390000', 100)).toHaveLength(30);
  });

  test('results never repeat a contact', async () => {
    const all = await search(t, 'smith', 100);
    expect(new Set(all).size).toBe(all.length);
    const phones = await search(t, '1390000', 100);
    expect(new Set(phones).size).toBe(phones.length);
  });

  test('a limit outside 1..100 is refused', async () => {
    await t.fail('contacts.search', { query: 'smith', limit: 0 }, 'VALIDATION');
    await t.fail('contacts.search', { query: 'smith', limit: 101 }, 'VALIDATION');
    await t.fail('contacts.search', { query: 'smith', limit: 2.5 }, 'VALIDATION');
  });
});
