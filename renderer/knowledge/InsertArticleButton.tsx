import { Button, Stack, Text, TextInput } from '@mantine/core';
import { IconBook, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleHit } from '../../shared/knowledge/contract';
import { articleReference } from '../../shared/knowledge/reference';
import { AppModal } from '../ui/AppModal';
import { SearchResults } from './SearchResults';
import { useArticleSearch } from './useArticleSearch';
import { useHitChoice } from './useHitChoice';
import { useKnowledgeOpen } from './useKnowledgeOpen';

const PICKER_LIMIT = 8;

function ArticlePicker({ onPick }: { onPick(hit: ArticleHit): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const search = useArticleSearch(query, PICKER_LIMIT);
  const choice = useHitChoice(search.status === 'ready' ? search.items : [], onPick);
  return (
    <Stack gap="sm">
      <TextInput
        aria-label={t('knowledge.searchLabel')}
        placeholder={t('knowledge.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={choice.onKeyDown}
        data-autofocus
      />
      <Text fz="xs" c="dimmed">
        {query.trim() === '' ? t('knowledge.insert.prompt') : t('knowledge.insert.hint')}
      </Text>
      <SearchResults search={search} query={query} chosen={choice.chosen} onPick={onPick} />
    </Stack>
  );
}

/**
 * "Insert article" beside a reply: finds an article and hands its reference (a link the thread
 * shows as one) to `onInsert`. Absent while the licence lacks the knowledge base.
 */
export function InsertArticleButton({ onInsert }: { onInsert(reference: string): void }) {
  const { t } = useTranslation();
  const open = useKnowledgeOpen();
  const [picking, setPicking] = useState(false);
  if (!open) return null;
  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconBook size={14} />}
        onClick={() => setPicking(true)}
      >
        {t('knowledge.insert.button')}
      </Button>
      <AppModal
        opened={picking}
        onClose={() => setPicking(false)}
        title={t('knowledge.insert.title')}
        size="lg"
        // The reply field takes the focus back, at the end of what was inserted.
        returnFocus={false}
      >
        {picking && (
          <ArticlePicker
            onPick={(hit) => {
              setPicking(false);
              onInsert(articleReference(hit.id, hit.title));
            }}
          />
        )}
      </AppModal>
    </>
  );
}
