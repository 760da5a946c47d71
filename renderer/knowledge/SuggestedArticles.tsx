import { Anchor, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconBook } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleDrawer } from './ArticleDrawer';
import { Highlighted } from './Highlighted';
import { useArticleSearch } from './useArticleSearch';
import { useKnowledgeOpen } from './useKnowledgeOpen';

const SUGGESTIONS = 3;
/** Fewer letters say too little about the problem to suggest anything. */
const MIN_SUBJECT = 3;

interface SuggestedArticlesProps {
  subject: string;
  /**
   * An article was opened above the form, or closed. A dialog holding the form lets Esc close
   * only the article meanwhile (every Mantine dialog hears Esc).
   */
  onReadingChange?(reading: boolean): void;
}

/**
 * Articles that may already answer a work order whose subject is being typed; each opens in a
 * drawer above the form, which stays as typed. Absent while the licence lacks the knowledge base.
 */
export function SuggestedArticles(props: SuggestedArticlesProps) {
  const open = useKnowledgeOpen();
  return open ? <Suggestions {...props} /> : null;
}

function Suggestions({ subject, onReadingChange }: SuggestedArticlesProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<number | null>(null);
  const search = useArticleSearch(
    subject.trim().length >= MIN_SUBJECT ? subject : '',
    SUGGESTIONS,
    'subject',
  );
  const hits = search.status === 'ready' ? search.items : search.status === 'loading' ? search.previous : [];

  useEffect(() => {
    onReadingChange?.(shown !== null);
    return () => onReadingChange?.(false);
  }, [shown, onReadingChange]);

  return (
    <>
      {hits.length > 0 && (
        <Paper withBorder radius="md" p="xs" bg="var(--mantine-color-blue-light)">
          <Stack gap={4} role="region" aria-label={t('knowledge.suggestions.label')}>
            <Group gap={6}>
              <IconBook size={14} />
              <Text fz="xs" fw={600}>
                {t('knowledge.suggestions.label')}
              </Text>
              {search.status === 'loading' && (
                <Loader size={12} aria-label={t('knowledge.suggestions.loading')} />
              )}
            </Group>
            {hits.map((hit) => (
              <Anchor
                key={hit.id}
                component="button"
                type="button"
                fz="sm"
                ta="left"
                onClick={() => setShown(hit.id)}
              >
                <Highlighted text={hit.title} ranges={hit.highlights.title} />
              </Anchor>
            ))}
          </Stack>
        </Paper>
      )}
      <ArticleDrawer articleId={shown} onClose={() => setShown(null)} />
    </>
  );
}
