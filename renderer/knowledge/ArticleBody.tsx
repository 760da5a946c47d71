import { Typography } from '@mantine/core';
import Markdown, { type Components } from 'react-markdown';

/**
 * Links out of the app open beside it; the app's own (`#/…`) stay in the window. A link or an
 * image whose address the URL transform emptied (`javascript:`…) keeps only its text.
 */
const components: Components = {
  a: ({ href, children }) =>
    !href ? (
      <span>{children}</span>
    ) : href.startsWith('#') ? (
      <a href={href}>{children}</a>
    ) : (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    ),
  img: ({ src, alt }) => (src ? <img src={src} alt={alt ?? ''} /> : <span>{alt}</span>),
};

/**
 * An article's Markdown, rendered safely: react-markdown builds elements, never HTML strings;
 * raw HTML in the Markdown (a `<script>`, an `<img onerror>`) is skipped, and its default URL
 * transform empties `javascript:` and other unsafe links.
 */
export function ArticleBody({ markdown }: { markdown: string }) {
  return (
    <Typography>
      <Markdown components={components} skipHtml>
        {markdown}
      </Markdown>
    </Typography>
  );
}
