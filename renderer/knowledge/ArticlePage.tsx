import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Article } from '../../shared/knowledge/contract';
import { articlePath } from '../../shared/knowledge/reference';
import { mayCall } from '../app/access';
import { useSession } from '../auth/authStore';
import { call } from '../bridge/call';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { LoadedRecordPage } from '../ui/LoadedRecordPage';
import { ArticleView } from './ArticleView';
import { announceKnowledgeChanged, onArticleIdChanged } from './knowledgeChanges';

const loadArticle = (id: number) => call('knowledge.articles.get', { id });

function ArticleActions({ article, onChanged }: { article: Article; onChanged(): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const toggleArchived = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await call('knowledge.articles.setArchived', {
        id: article.id,
        version: article.version,
        archived: !article.archived,
      });
      announceKnowledgeChanged({
        kind: 'article',
        action: saved.archived ? 'archived' : 'restored',
        id: saved.id,
        version: saved.version,
      });
      notifications.show({
        color: 'teal',
        message: saved.archived ? t('knowledge.article.archivedDone') : t('knowledge.article.restoredDone'),
      });
    } catch (failure) {
      setError(failure);
      onChanged();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      <FormErrorAlert error={error} />
      <Group gap="xs">
        <Button
          component={Link}
          to={`${articlePath(article.id)}/edit`}
          leftSection={<IconPencil size={16} />}
        >
          {t('knowledge.article.edit')}
        </Button>
        <Button
          variant="default"
          loading={busy}
          onClick={() => void toggleArchived()}
          leftSection={article.archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
        >
          {article.archived ? t('knowledge.article.restore') : t('knowledge.article.archive')}
        </Button>
      </Group>
    </Stack>
  );
}

/** `/knowledge/:id`: one article to read, with edit and archive for those who write. */
export function ArticlePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const mayWrite = mayCall(user.role, 'knowledge.articles.update');
  return (
    <LoadedRecordPage
      back={{ to: '/knowledge', label: t('knowledge.article.back') }}
      load={loadArticle}
      subscribe={onArticleIdChanged}
    >
      {(article, reload) => (
        <Stack gap="lg" maw={860}>
          <ArticleView article={article} />
          {mayWrite && <ArticleActions article={article} onChanged={reload} />}
        </Stack>
      )}
    </LoadedRecordPage>
  );
}
