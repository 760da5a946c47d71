import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconArchive, IconBook } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { articlePath } from '../../shared/knowledge/reference';
import { call } from '../bridge/call';
import { formatDateTime } from '../i18n/formatDate';
import { PagedListContent } from '../ui/PagedListContent';
import { usePagedList } from '../ui/usePagedList';
import { onKnowledgeChanged } from './knowledgeChanges';

/** Which articles a list shows: one category, those without one (null), or all (undefined). */
export interface ArticleListScope {
  categoryId: number | null | undefined;
  archived: boolean;
}

/** The articles of a category, latest edited first, paged; follows changes made anywhere. */
export function ArticleList({ scope }: { scope: ArticleListScope }) {
  const { t, i18n } = useTranslation();
  const list = usePagedList(`${String(scope.categoryId)}:${scope.archived}`, (cursor) =>
    call('knowledge.articles.list', { categoryId: scope.categoryId, archived: scope.archived, cursor }),
  );
  const { reload } = list;
  useEffect(() => onKnowledgeChanged(reload), [reload]);

  const empty = scope.archived
    ? {
        icon: IconArchive,
        title: t('knowledge.list.emptyArchivedTitle'),
        description: t('knowledge.list.emptyArchivedText'),
      }
    : { icon: IconBook, title: t('knowledge.list.emptyTitle'), description: t('knowledge.list.emptyText') };

  return (
    <PagedListContent list={list} empty={empty}>
      {(items) => (
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('knowledge.title')}
        >
          {items.map((article) => (
            <li key={article.id}>
              <Paper withBorder radius="md">
                <UnstyledButton component={Link} to={articlePath(article.id)} display="block" p="sm" w="100%">
                  <Group justify="space-between" wrap="nowrap" gap="sm">
                    <Text fw={600} fz="sm" lineClamp={1}>
                      {article.title}
                    </Text>
                    {article.categoryName && (
                      <Badge variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
                        {article.categoryName}
                      </Badge>
                    )}
                  </Group>
                  <Text fz="xs" c="dimmed">
                    {t('knowledge.list.updated', {
                      time: formatDateTime(article.updatedAt, i18n.language),
                      name: article.updatedByName,
                    })}
                  </Text>
                </UnstyledButton>
              </Paper>
            </li>
          ))}
        </Stack>
      )}
    </PagedListContent>
  );
}
