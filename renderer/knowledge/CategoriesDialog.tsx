import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_NAME_MAX, type KnowledgeCategory } from '../../shared/knowledge/contract';
import { call } from '../bridge/call';
import { validationIssues } from '../bridge/CallError';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import type { Translatable } from '../i18n/errorMessages';
import { AppModal } from '../ui/AppModal';
import { IconButton } from '../ui/IconButton';
import { announceKnowledgeChanged } from './knowledgeChanges';

/** The client's check of a name, or the server's word that it is taken (its only VALIDATION after that). */
function nameError(name: string): Translatable | null {
  const trimmed = name.trim();
  if (trimmed === '') return (t) => t('validation.required');
  if (trimmed.length > CATEGORY_NAME_MAX) return (t) => t('validation.tooLong', { limit: CATEGORY_NAME_MAX });
  return null;
}

const takenError = (error: unknown): Translatable | null =>
  validationIssues(error).some((issue) => issue.path[0] === 'name')
    ? (t) => t('knowledge.categories.nameTaken')
    : null;

interface NameFormProps {
  label: string;
  initial: string;
  submitLabel: string;
  /** Sends the trimmed name; throws the refusal. */
  onSubmit(name: string): Promise<void>;
  /** Shown at the form's end, e.g. the delete button. */
  extra?: ReactNode;
  /** Empty the field after a successful submit (the "new" form). */
  clearOnDone?: boolean;
}

/** One name field with its submit: Enter sends; its errors beside it. */
function NameForm({ label, initial, submitLabel, onSubmit, extra, clearOnDone }: NameFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<Translatable | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const found = nameError(name);
    setError(found);
    if (found || sending) return;
    setSending(true);
    try {
      await onSubmit(name.trim());
      if (clearOnDone) setName('');
    } catch (failure) {
      const taken = takenError(failure);
      setError(taken);
      if (!taken) setRefusal(failure);
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap={4}>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label={label}
            placeholder={label}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={error?.(t)}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="light" loading={sending} disabled={name.trim() === initial}>
            {submitLabel}
          </Button>
          {extra}
        </Group>
        <FormErrorAlert error={refusal} />
      </Stack>
    </form>
  );
}

function CategoryRow({ category }: { category: KnowledgeCategory }) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<unknown>(null);
  const remove = async () => {
    setRefusal(null);
    try {
      await call('knowledge.categories.delete', { id: category.id, version: category.version });
      announceKnowledgeChanged({ kind: 'category', action: 'deleted', id: category.id, version: null });
      notifications.show({
        color: 'teal',
        message: t('knowledge.categories.deleted', { name: category.name }),
      });
    } catch (failure) {
      setRefusal(failure);
    }
  };
  return (
    <Stack gap={4}>
      <NameForm
        // A rename saved elsewhere resets the field to the new name.
        key={category.version}
        label={t('knowledge.categories.renameLabel', { name: category.name })}
        initial={category.name}
        submitLabel={t('knowledge.categories.save')}
        onSubmit={async (name) => {
          const saved = await call('knowledge.categories.rename', {
            id: category.id,
            version: category.version,
            name,
          });
          announceKnowledgeChanged({
            kind: 'category',
            action: 'updated',
            id: saved.id,
            version: saved.version,
          });
        }}
        extra={
          <IconButton
            icon={IconTrash}
            color="red"
            size="lg"
            label={t('knowledge.categories.deleteLabel', { name: category.name })}
            onClick={() => void remove()}
          />
        }
      />
      <Text fz="xs" c="dimmed" px={4}>
        {t('knowledge.categories.count', { count: category.articleCount })}
      </Text>
      <FormErrorAlert error={refusal} />
    </Stack>
  );
}

interface CategoriesDialogProps {
  opened: boolean;
  onClose(): void;
  categories: readonly KnowledgeCategory[];
}

/** Admins add, rename and delete categories; one still holding articles is refused with the reason. */
export function CategoriesDialog({ opened, onClose, categories }: CategoriesDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('knowledge.categories.dialogTitle')} size="md">
      <Stack gap="md">
        <NameForm
          label={t('knowledge.categories.newName')}
          initial=""
          submitLabel={t('knowledge.categories.add')}
          clearOnDone
          onSubmit={async (name) => {
            const made = await call('knowledge.categories.create', { name });
            announceKnowledgeChanged({
              kind: 'category',
              action: 'created',
              id: made.id,
              version: made.version,
            });
          }}
        />
        {categories.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('knowledge.categories.empty')}
          </Text>
        ) : (
          categories.map((category) => <CategoryRow key={category.id} category={category} />)
        )}
      </Stack>
    </AppModal>
  );
}
