import { Button, Grid, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch, IconSettings } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ArticleHit } from '../../shared/knowledge/contract';
import { articlePath } from '../../shared/knowledge/reference';
import { mayCall } from '../app/access';
import { useSession } from '../auth/authStore';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';
import { ArticleList } from './ArticleList';
import { CategoriesDialog } from './CategoriesDialog';
import { CategoryNav } from './CategoryNav';
import { SearchResults } from './SearchResults';
import { useArticleSearch } from './useArticleSearch';
import { useCategories } from './useCategories';
import { useHitChoice } from './useHitChoice';

const SEARCH_LIMIT = 20;

/** `?category=<id>` or `?category=none`; none given: all articles. */
function categoryOf(param: string | null): number | null | undefined {
  if (param === 'none') return null;
  const id = Number(param);
  return param !== null && Number.isInteger(id) && id > 0 ? id : undefined;
}

/** `/knowledge`: search, the categories, and the articles of the chosen one. */
export function KnowledgePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const categoryId = categoryOf(params.get('category'));
  const archived = params.get('view') === 'archived';
  const categories = useCategories();
  const [managing, setManaging] = useState(false);
  const [query, setQuery] = useState('');
  const search = useArticleSearch(query, SEARCH_LIMIT);
  const hits = search.status === 'ready' ? search.items : [];
  const open = (hit: ArticleHit) => void navigate(articlePath(hit.id));
  const choice = useHitChoice(hits, open);

  const setScope = (next: { category?: number | null; archived?: boolean }) => {
    const category = 'category' in next ? next.category : categoryId;
    const view = next.archived ?? archived;
    const search = new URLSearchParams();
    if (category !== undefined) search.set('category', category === null ? 'none' : String(category));
    if (view) search.set('view', 'archived');
    setParams(search);
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
      return;
    }
    choice.onKeyDown(event);
  };

  return (
    <PageFrame>
      <PageHeader
        title={t('knowledge.title')}
        subtitle={t('knowledge.subtitle')}
        actions={
          <>
            {mayCall(user.role, 'knowledge.categories.create') && (
              <Button
                variant="default"
                leftSection={<IconSettings size={16} />}
                onClick={() => setManaging(true)}
              >
                {t('knowledge.categories.manage')}
              </Button>
            )}
            {mayCall(user.role, 'knowledge.articles.create') && (
              <Button component={Link} to="/knowledge/new" leftSection={<IconPlus size={16} />}>
                {t('knowledge.newArticle')}
              </Button>
            )}
          </>
        }
      />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <CategoryNav
            categories={categories}
            value={categoryId}
            onChange={(category) => setScope({ category })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 9 }}>
          <Stack gap="md">
            <Stack gap={4}>
              <TextInput
                aria-label={t('knowledge.searchLabel')}
                placeholder={t('knowledge.searchPlaceholder')}
                leftSection={<IconSearch size={16} />}
                value={query}
                onChange={(event) => setQuery(event.currentTarget.value)}
                onKeyDown={onSearchKeyDown}
                type="search"
                autoFocus
              />
              {query.trim() !== '' && (
                <Text fz="xs" c="dimmed">
                  {t('knowledge.searchHint')}
                </Text>
              )}
            </Stack>
            {query.trim() !== '' ? (
              <SearchResults search={search} query={query} chosen={choice.chosen} onPick={open} />
            ) : (
              <>
                <Group>
                  <SegmentedControl
                    aria-label={t('knowledge.title')}
                    data={[
                      { value: 'active', label: t('knowledge.views.active') },
                      { value: 'archived', label: t('knowledge.views.archived') },
                    ]}
                    value={archived ? 'archived' : 'active'}
                    onChange={(view) => setScope({ archived: view === 'archived' })}
                  />
                </Group>
                <ArticleList scope={{ categoryId, archived }} />
              </>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <CategoriesDialog
        opened={managing}
        onClose={() => setManaging(false)}
        categories={categories.state.status === 'ready' ? categories.state.items : []}
      />
    </PageFrame>
  );
}
