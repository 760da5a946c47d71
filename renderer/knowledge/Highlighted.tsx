import { Mark } from '@mantine/core';
import type { TextRange } from '../../shared/knowledge/contract';

/** Text with the search's matched words marked. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  const parts = [];
  let from = 0;
  for (const [start, end] of ranges) {
    if (start < from) continue;
    if (start > from) parts.push(text.slice(from, start));
    parts.push(<Mark key={start}>{text.slice(start, end)}</Mark>);
    from = end;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}
