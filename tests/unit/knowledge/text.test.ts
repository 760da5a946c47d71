import { describe, expect, test } from 'vitest';
import { markdownText } from '../../../electron/core/modules/knowledge/markdown-text';
import { highlightRanges, snippetOf } from '../../../electron/core/modules/knowledge/snippet';
import { articleReference, replyParts } from '../../../shared/knowledge/reference';
import { insertAtCaret } from '../../../renderer/knowledge/insertAtCaret';

describe('markdownText', () => {
  test('keeps the words people read and drops the markup around them', () => {
    const markdown = [
      '# Reset the *router*',
      '> **Note:** unplug it first.',
      '- [x] step `one`',
      '1. step two',
      '',
      '| Light | Means |',
      '|:-----:|-------|',
      '| red | fault |',
      '---',
      '![front panel](https://x.test/panel.png) and [the manual](https://x.test/manual.pdf "PDF")',
      '```sh',
      'reboot now',
      '```',
      'Tom &amp; Jerry &#20320; \\*literal\\*',
      '<div onclick="evil()">inside</div><!-- a comment -->',
    ].join('\n');
    expect(markdownText(markdown)).toBe(
      'Reset the router Note: unplug it first. step one step two Light Means red fault ' +
        'front panel and the manual reboot now Tom & Jerry 你 literal inside',
    );
  });

  test('a link to javascript: leaves only its text', () => {
    expect(markdownText('[x](javascript:alert(1)) ok')).not.toContain('javascript');
  });
});

describe('snippets', () => {
  test('Latin words match at a word start, CJK anywhere, case aside', () => {
    const text = 'Printer reprints 打印机 PRINT';
    const found = highlightRanges(text, ['print', '打印']).map(([a, b]) => text.slice(a, b));
    expect(found).toEqual(['Print', '打印', 'PRINT']);
  });

  test('a short body is shown whole; a long one around its first match, cut at spaces', () => {
    expect(snippetOf('Restart the router.', ['router'])).toEqual({
      snippet: 'Restart the router.',
      ranges: [[12, 18]],
    });
    const long = `${'word '.repeat(40)}needle ${'tail '.repeat(60)}`.trim();
    const { snippet } = snippetOf(long, ['needle']);
    expect(snippet.startsWith('…word')).toBe(true);
    expect(snippet.endsWith('tail…')).toBe(true);
    expect(snippet).toContain('needle');
    expect(snippet.length).toBeLessThanOrEqual(222);
  });
});

describe('article references in replies', () => {
  test('a reference reads as a Markdown link and is found again in the reply', () => {
    const reference = articleReference(12, 'Reset [the] router');
    expect(reference).toBe('[Reset the router](#/knowledge/12)');
    expect(replyParts(`See ${reference}, then call us.`)).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'article', id: 12, title: 'Reset the router' },
      { kind: 'text', text: ', then call us.' },
    ]);
  });

  test('other links stay plain text', () => {
    const body = '[x](javascript:alert(1)) [y](https://example.com) [z](#/contacts/1)';
    expect(replyParts(body)).toEqual([{ kind: 'text', text: body }]);
  });
});

describe('insertAtCaret', () => {
  test('sets the insertion apart from the words around it and puts the caret after it', () => {
    expect(insertAtCaret('See then call', 3, '[A](#/knowledge/1)')).toEqual({
      text: 'See [A](#/knowledge/1) then call',
      caret: 22,
    });
    expect(insertAtCaret('', 0, '[A](#/knowledge/1)')).toEqual({ text: '[A](#/knowledge/1)', caret: 18 });
    expect(insertAtCaret('Try: ', 5, '[A](#/knowledge/1)')).toEqual({
      text: 'Try: [A](#/knowledge/1)',
      caret: 23,
    });
  });
});
