import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RecordContent } from '../ui/RecordPage';
import { useRecord } from '../ui/useRecord';
import { call } from '../bridge/call';
import { ArticleView } from './ArticleView';
import { onArticleIdChanged } from './knowledgeChanges';

const loadArticle = (id: number) => call('knowledge.articles.get', { id });

function DrawerArticle({ id }: { id: number }) {
  const { state, reload } = useRecord(id, loadArticle, onArticleIdChanged);
  return (
    <RecordContent state={state} onRetry={reload}>
      {(article) => <ArticleView article={article} headingOrder={2} />}
    </RecordContent>
  );
}

interface ArticleDrawerProps {
  /** The article shown, or null when closed. */
  articleId: number | null;
  onClose(): void;
}

/**
 * An article beside what the user is doing (a form stays as typed beneath it); Esc closes it.
 * Above any dialog it is opened from.
 */
export function ArticleDrawer({ articleId, onClose }: ArticleDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={articleId !== null}
      onClose={onClose}
      position="right"
      size="lg"
      zIndex={400}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('knowledge.title')}
    >
      {articleId !== null && <DrawerArticle id={articleId} />}
    </Drawer>
  );
}
