import { afterEach, expect, test } from 'vitest';
import { closeCores, MINUTE, setupCore, type TestCore } from '../core/helpers';
import { titles } from './helpers';

afterEach(closeCores);

async function write(t: TestCore, title: string, body: string) {
  t.clock.advance(MINUTE);
  return t.call('knowledge.articles.create', { title, body });
}

const search = async (t: TestCore, query: string) => (await t.call('knowledge.search', { query })).items;

test('a word in the title ranks above the same word in a body, though that one was edited later', async () => {
  const t = await setupCore();
  await write(t, 'Paper jam in tray 2', 'Open the tray and pull the sheet out.');
  await write(t, 'Daily checks', 'Look at the toner level and clear any paper jam you find.');
  await write(t, 'Wi-Fi drops', 'Restart the router.');
  expect(titles(await search(t, 'jam'))).toEqual(['Paper jam in tray 2', 'Daily checks']);
  expect(titles(await search(t, 'router'))).toEqual(['Wi-Fi drops']);
});

test('every word must match, and the last one may be a beginning (the word being typed)', async () => {
  const t = await setupCore();
  await write(t, 'Printer offline', 'Check the cable.');
  await write(t, 'Print a test page', 'Use the menu.');
  expect(titles(await search(t, 'print'))).toEqual(['Print a test page', 'Printer offline']);
  expect(titles(await search(t, 'printer off'))).toEqual(['Printer offline']);
  expect(titles(await search(t, 'test prin'))).toEqual(['Print a test page']);
  // Only the last word is a beginning: "prin" as a first word must be whole.
  expect(await search(t, 'prin test')).toEqual([]);
  expect(await search(t, '"*) OR')).toEqual([]);
});

test('Chinese is found by any run of its characters, in the title and the body', async () => {
  const t = await setupCore();
  await write(t, '打印机卡纸', '打开纸盒，取出卡住的纸张。');
  await write(t, '无线网络断开', '重启路由器后再试。');
  expect(titles(await search(t, '卡纸'))).toEqual(['打印机卡纸']);
  expect(titles(await search(t, '路由器'))).toEqual(['无线网络断开']);
  expect(titles(await search(t, '打印'))).toEqual(['打印机卡纸']);
  expect(await search(t, '打车')).toEqual([]);
});

test('Markdown is searched as the words people read: not link targets, markup or HTML', async () => {
  const t = await setupCore();
  await write(
    t,
    'Drivers',
    '## Install\nGet it [from our **site**](https://downloads.example.com/driver.zip).\n<span class="secret">hidden</span>',
  );
  expect(titles(await search(t, 'site'))).toEqual(['Drivers']);
  expect(titles(await search(t, 'install'))).toEqual(['Drivers']);
  expect(await search(t, 'downloads')).toEqual([]);
  expect(await search(t, 'span')).toEqual([]);
  expect(await search(t, 'secret')).toEqual([]);
});

test('a hit shows the body around its first match, the matched words marked', async () => {
  const t = await setupCore();
  const filler = 'Lorem ipsum dolor sit amet. '.repeat(10);
  await write(t, 'Toner smears', `${filler}Replace the **toner** cartridge. ${filler}`);
  const [hit] = await search(t, 'toner');
  expect(hit!.snippet).toMatch(/^….*Replace the toner cartridge\..*…$/);
  expect(hit!.snippet).not.toContain('**');
  expect(hit!.highlights.title.map(([a, b]) => hit!.title.slice(a, b))).toEqual(['Toner']);
  expect(hit!.highlights.snippet.map(([a, b]) => hit!.snippet.slice(a, b))).toEqual(['toner']);
});

test('an empty query is refused; a limit caps the hits', async () => {
  const t = await setupCore();
  for (let i = 0; i < 4; i += 1) await write(t, `Router ${i}`, 'Restart it.');
  await t.fail('knowledge.search', { query: '  ' }, 'VALIDATION');
  await t.fail('knowledge.search', { query: 'router', limit: 21 }, 'VALIDATION');
  expect(await t.call('knowledge.search', { query: 'router', limit: 3 })).toMatchObject({
    items: { length: 3 },
  });
});

const suggest = async (t: TestCore, subject: string) =>
  titles((await t.call('knowledge.suggest', { subject })).items);

test('a work order subject suggests articles sharing some of its telling words, most in common first', async () => {
  const t = await setupCore();
  await write(t, 'Clear a paper jam', 'Open tray 2 and pull the sheet out.');
  await write(t, 'Load paper', 'Fan the stack before loading.');
  await write(t, 'Wi-Fi drops', 'Restart the router.');
  expect(await suggest(t, 'Paper jam in tray 3')).toEqual(['Clear a paper jam', 'Load paper']);
  // The last word may be half typed.
  expect(await suggest(t, 'Router resta')).toEqual(['Wi-Fi drops']);
  // Words that say nothing about the problem suggest nothing.
  expect(await suggest(t, 'How does this work with the')).toEqual([]);
});

test('a Chinese subject, written without spaces, suggests by its pairs of characters', async () => {
  const t = await setupCore();
  await write(t, '打印机卡纸', '打开纸盒，取出卡住的纸张。');
  await write(t, '无线网络断开', '重启路由器后再试。');
  expect(await suggest(t, '我的打印机又卡纸了怎么办')).toEqual(['打印机卡纸']);
  const [hit] = (await t.call('knowledge.suggest', { subject: '打印机卡纸了' })).items;
  expect(hit!.highlights.title.map(([a, b]) => hit!.title.slice(a, b)).join('')).toBe('打印机卡纸');
});

test('an article edited while archived is found by its new words once restored', async () => {
  const t = await setupCore();
  const made = await write(t, 'Toner smears', 'Shake the cartridge.');
  await t.call('knowledge.articles.setArchived', { id: made.id, version: 1, archived: true });
  await t.call('knowledge.articles.update', {
    id: made.id,
    version: 2,
    patch: { body: 'Replace the drum.' },
  });
  expect(await search(t, 'drum')).toEqual([]);
  await t.call('knowledge.articles.setArchived', { id: made.id, version: 3, archived: false });
  expect(titles(await search(t, 'drum'))).toEqual(['Toner smears']);
  expect(await search(t, 'cartridge')).toEqual([]);
});
