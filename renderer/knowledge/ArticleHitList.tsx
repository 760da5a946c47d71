import { Stack, Text, UnstyledButton } from '@mantine/core';
import type { ArticleHit } from '../../shared/knowledge/contract';
import { Highlighted } from './Highlighted';

interface ArticleHitListProps {
  /** Names the list for assistive technology and tests. */
  label: string;
  hits: readonly ArticleHit[];
  /** The hit Enter takes, marked as selected. */
  chosen: number;
  onPick(hit: ArticleHit): void;
  /** Show the snippet under each title (the picker and the search page do; suggestions do not). */
  snippets?: boolean;
}

/** Search hits: title and where the words were found, the matches marked; one is chosen. */
export function ArticleHitList({ label, hits, chosen, onPick, snippets = true }: ArticleHitListProps) {
  return (
    <Stack gap={2} role="listbox" aria-label={label}>
      {hits.map((hit, index) => (
        <UnstyledButton
          key={hit.id}
          role="option"
          aria-selected={index === chosen}
          px="sm"
          py={6}
          bg={index === chosen ? 'var(--mantine-primary-color-light)' : undefined}
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          // Taken before a text field loses focus (its blur may close the list).
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(hit)}
        >
          <Text fz="sm" fw={600}>
            <Highlighted text={hit.title} ranges={hit.highlights.title} />
          </Text>
          {snippets && hit.snippet !== '' && (
            <Text fz="xs" c="dimmed" lineClamp={2}>
              <Highlighted text={hit.snippet} ranges={hit.highlights.snippet} />
            </Text>
          )}
        </UnstyledButton>
      ))}
    </Stack>
  );
}
