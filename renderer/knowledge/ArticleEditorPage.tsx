import {
  Box,
  Button,
  Group,
  Kbd,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Article } from '../../shared/knowledge/contract';
import { articlePath } from '../../shared/knowledge/reference';
import { mayCall } from '../app/access';
import { NoAccessState } from '../app/NoAccessState';
import { useSession } from '../auth/authStore';
import { call } from '../bridge/call';
import { ConflictDialog } from '../forms/ConflictDialog';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { MergedFieldsNotice } from '../forms/MergedFieldsNotice';
import { rebaseValues } from '../forms/rebase';
import { useVersionedForm } from '../forms/useVersionedForm';
import { LoadedRecordPage } from '../ui/LoadedRecordPage';
import { ArticleBody } from './ArticleBody';
import {
  ARTICLE_FIELDS,
  EMPTY_ARTICLE,
  inputOf,
  patchOf,
  sameFieldValue,
  serverFieldErrors,
  validateArticle,
  valuesOf,
  type ArticleField,
  type ArticleFormValues,
} from './articleFormValues';
import { announceKnowledgeChanged } from './knowledgeChanges';
import { useCategories } from './useCategories';

/** Saves a new article, or the changes to one against the version the editor started from. */
async function saveArticle(original: Article | null, values: ArticleFormValues): Promise<Article | null> {
  if (original === null) return call('knowledge.articles.create', inputOf(values));
  const patch = patchOf(original, values);
  if (Object.keys(patch).length === 0) return null;
  return call('knowledge.articles.update', { id: original.id, version: original.version, patch });
}

/**
 * The article editor: title, category and Markdown with its preview beside it, as it will read.
 * Ctrl/Cmd+Enter (or Enter in the title) saves, Esc leaves; a stale save offers their version.
 */
function ArticleEditor({ article }: { article: Article | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const categories = useCategories();
  const form = useVersionedForm<Article | null, ArticleFormValues, ArticleField>({
    record: article,
    initialValues: () => (article ? valuesOf(article) : EMPTY_ARTICLE),
    fetchLatest: (saved) => call('knowledge.articles.get', { id: saved.id }),
    rebase: (saved, latest, typed) =>
      rebaseValues(ARTICLE_FIELDS, valuesOf(saved), valuesOf(latest), typed, sameFieldValue),
    validate: validateArticle,
    fieldErrorsOf: serverFieldErrors,
  });
  const { original, values, errors, formError, saving, clashes, conflict } = form;
  const leave = () => void navigate(original ? articlePath(original.id) : '/knowledge');

  const set = (field: ArticleField, value: string) => form.change({ ...values, [field]: value });

  const save = () =>
    form.save(async (edited, typed) => {
      const saved = await saveArticle(edited, typed);
      if (!saved) return leave();
      announceKnowledgeChanged({
        kind: 'article',
        action: edited ? 'updated' : 'created',
        id: saved.id,
        version: saved.version,
      });
      notifications.show({ color: 'teal', message: t('knowledge.editor.saved') });
      void navigate(articlePath(saved.id));
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape' && !conflict.opened && !event.defaultPrevented) {
      if ((event.target as HTMLElement).getAttribute('aria-expanded') === 'true') return;
      event.preventDefault();
      leave();
    }
  };

  const categoryOptions = [
    { value: '', label: t('knowledge.editor.noCategory') },
    ...(categories.state.status === 'ready'
      ? categories.state.items.map((category) => ({ value: String(category.id), label: category.name }))
      : []),
  ];
  const fieldLabel = (field: ArticleField) =>
    field === 'categoryId' ? t('knowledge.editor.category') : t(`knowledge.editor.${field}`);

  return (
    <form
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-label={t(original ? 'knowledge.editor.editTitle' : 'knowledge.editor.newTitle')}
    >
      <Stack gap="md">
        <Title order={1} fz="h2">
          {original ? t('knowledge.editor.editTitle') : t('knowledge.editor.newTitle')}
        </Title>
        <FormErrorAlert error={formError} />
        <MergedFieldsNotice texts="knowledge.editor.conflict" fields={clashes.map(fieldLabel)} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Box style={{ gridColumn: 'span 2' }}>
            <TextInput
              label={t('knowledge.editor.title')}
              required
              value={values.title}
              onChange={(event) => set('title', event.currentTarget.value)}
              error={errors.title?.(t)}
              data-autofocus
              autoFocus
            />
          </Box>
          <Select
            label={t('knowledge.editor.category')}
            data={categoryOptions}
            value={values.categoryId}
            onChange={(value) => set('categoryId', value ?? '')}
            allowDeselect={false}
            error={errors.categoryId?.(t)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Textarea
            label={t('knowledge.editor.body')}
            description={t('knowledge.editor.bodyHint')}
            value={values.body}
            onChange={(event) => set('body', event.currentTarget.value)}
            error={errors.body?.(t)}
            autosize
            minRows={16}
            maxRows={30}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <Stack gap={4}>
            <Text fz="sm" fw={500} id="article-preview">
              {t('knowledge.editor.preview')}
            </Text>
            <Paper withBorder radius="md" p="md" mih={200} role="region" aria-labelledby="article-preview">
              {values.body.trim() === '' ? (
                <Text fz="sm" c="dimmed">
                  {t('knowledge.editor.previewEmpty')}
                </Text>
              ) : (
                <ArticleBody markdown={values.body} />
              )}
            </Paper>
          </Stack>
        </SimpleGrid>
        <Group justify="space-between">
          <Group gap={6} c="dimmed" visibleFrom="sm">
            <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Enter</Kbd>
            <Text fz="xs">{t('knowledge.editor.ctrlEnterSaves')}</Text>
            <Kbd size="xs" ml="xs">
              Esc
            </Kbd>
            <Text fz="xs">{t('knowledge.editor.escCancels')}</Text>
          </Group>
          <Group gap="xs">
            <Button variant="default" onClick={leave}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('knowledge.editor.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
      <ConflictDialog
        conflict={conflict}
        texts="knowledge.editor.conflict"
        description={t('knowledge.editor.conflict.description', { title: original?.title ?? '' })}
      />
    </form>
  );
}

const loadArticle = (id: number) => call('knowledge.articles.get', { id });

/** `/knowledge/new` and `/knowledge/:id/edit`. */
export function ArticleEditorPage({ mode }: { mode: 'new' | 'edit' }) {
  const { t } = useTranslation();
  const { user } = useSession();
  // Staff read articles; reached by its address, the editor says so rather than fail on save.
  if (!mayCall(user.role, 'knowledge.articles.update')) return <NoAccessState />;
  if (mode === 'new') {
    return (
      <Box px="xl" py="lg" maw={1280}>
        <ArticleEditor article={null} />
      </Box>
    );
  }
  // Loaded once (no subscribe): what arrives live meanwhile must not replace what is being typed.
  return (
    <LoadedRecordPage back={{ to: '/knowledge', label: t('knowledge.article.back') }} load={loadArticle}>
      {(article) => <ArticleEditor article={article} />}
    </LoadedRecordPage>
  );
}
