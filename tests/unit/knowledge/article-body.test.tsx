import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { expect, test } from 'vitest';
import { ArticleBody } from '../../../renderer/knowledge/ArticleBody';
import { ReplyText } from '../../../renderer/knowledge/ReplyText';

const render = (markdown: string) =>
  renderToStaticMarkup(
    <MantineProvider>
      <ArticleBody markdown={markdown} />
    </MantineProvider>,
  );

test('Markdown renders as formatted text', () => {
  const html = render('# Reset\n\nPress **OK**, then see [the guide](https://example.com/guide).');
  expect(html).toContain('<h1>Reset</h1>');
  expect(html).toContain('<strong>OK</strong>');
  expect(html).toContain('href="https://example.com/guide"');
  expect(html).toContain('rel="noopener noreferrer"');
});

test('no script, event handler or javascript: link survives, whatever the body holds', () => {
  const html = render(
    [
      'Before <script>alert(1)</script> after',
      '',
      '<img src="x" onerror="alert(2)">',
      '',
      '[x](javascript:alert(3)) [y](JaVaScRiPt:alert(4)) ![z](javascript:alert(5))',
      '',
      '<a href="javascript:alert(6)" onclick="alert(7)">raw</a>',
    ].join('\n'),
  );
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img[^>]*onerror/i);
  expect(html).not.toMatch(/\son\w+=/i);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toContain('href=""');
  // The words around the HTML and the texts of the dropped links are still there.
  expect(html).toContain('Before');
  expect(html).toContain('<span>x</span>');
  expect(html).toContain('<span>z</span>');
});

test('a reply shows its article references as links to the articles, and nothing else as a link', () => {
  const html = renderToStaticMarkup(
    <MantineProvider>
      <MemoryRouter>
        <ReplyText body="Try [Clear a paper jam](#/knowledge/7) or [x](javascript:alert(1))." />
      </MemoryRouter>
    </MantineProvider>,
  );
  expect(html).toMatch(/<a [^>]*href="\/knowledge\/7"[^>]*>.*Clear a paper jam<\/a>/);
  expect(html.match(/<a /g)).toHaveLength(1);
  expect(html).toContain(' or [x](javascript:alert(1)).');
});
