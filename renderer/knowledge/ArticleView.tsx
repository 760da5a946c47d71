import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/knowledge/contract';
import { formatDateTime } from '../i18n/formatDate';
import { ArticleBody } from './ArticleBody';

/** An article to read: title, category, who wrote and edited it, and its rendered text. */
export function ArticleView({ article, headingOrder = 1 }: { article: Article; headingOrder?: 1 | 2 }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={headingOrder} fz="h2">
            {article.title}
          </Title>
          {article.archived && (
            <Badge color="gray" variant="light" tt="none">
              {t('knowledge.article.archivedBadge')}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          <Badge variant="light" tt="none">
            {article.categoryName ?? t('knowledge.article.noCategory')}
          </Badge>
          <Text fz="xs" c="dimmed">
            {t('knowledge.article.meta', {
              author: article.createdByName,
              editor: article.updatedByName,
              time: formatDateTime(article.updatedAt, i18n.language),
            })}
          </Text>
        </Group>
      </Stack>
      {article.archived && (
        <Alert color="gray" variant="light" icon={<IconArchive size={18} />}>
          {t('knowledge.article.archivedNotice')}
        </Alert>
      )}
      <ArticleBody markdown={article.body} />
    </Stack>
  );
}
