import { Button, Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconForms, IconPlus, IconTargetArrow, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CUSTOM_FIELD_ENTITIES,
  MAX_CUSTOM_FIELDS,
  type CustomFieldDef,
  type CustomFieldEntity,
} from '../../shared/custom-fields/contract';
import { call } from '../bridge/call';
import { isCallError } from '../bridge/CallError';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import type { ErrorMessageOverrides } from '../i18n/errorMessages';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorState } from '../ui/ErrorState';
import { NoticeState } from '../ui/NoticeState';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';
import { useCustomFields, useCustomFieldsStore } from './customFieldsStore';
import { FieldDialog } from './FieldDialog';
import { movedIds } from './fieldOrder';
import { FieldTable } from './FieldTable';

const ENTITY_ICONS = { contact: IconUsers, deal: IconTargetArrow } as const;

const OVERRIDES: ErrorMessageOverrides = {
  CONFLICT: (t) => t('customFields.page.conflict'),
};

const isEntity = (value: string | null): value is CustomFieldEntity =>
  (CUSTOM_FIELD_ENTITIES as readonly (string | null)[]).includes(value);

/** `/settings/fields`: the company's own fields of customers and deals (owners and admins). */
export function CustomFieldsPage() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState<CustomFieldEntity>('contact');
  const { fields, status, error } = useCustomFields(entity);
  const load = useCustomFieldsStore((store) => store.load);
  const replace = useCustomFieldsStore((store) => store.replace);
  const setFields = useCustomFieldsStore((store) => store.setFields);
  /** The id of the field being edited, 'new', or null; the field itself is read from the store. */
  const [editingId, setEditingId] = useState<number | 'new' | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const editing = editingId === 'new' ? 'new' : (fields.find((field) => field.id === editingId) ?? null);

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setActionError(null);
    try {
      await action();
    } catch (caught) {
      setActionError(caught);
      if (isCallError(caught) && caught.code === 'CONFLICT') void load(entity);
    } finally {
      setBusy(false);
    }
  };

  const move = (field: CustomFieldDef, step: -1 | 1) =>
    act(async () => {
      const ids = movedIds(
        fields.map((each) => each.id),
        field.id,
        step,
      );
      if (!ids) return;
      const { items } = await call('customFields.reorder', { entity, ids });
      setFields(entity, items);
    });

  const archive = (field: CustomFieldDef, archived: boolean) =>
    act(async () => {
      replace(
        await call('customFields.update', { id: field.id, version: field.version, patch: { archived } }),
      );
      notifications.show({
        color: 'teal',
        message: t(archived ? 'customFields.page.archivedDone' : 'customFields.page.restoredDone', {
          label: field.label,
        }),
      });
    });

  let content;
  if (status === 'error') {
    content = <ErrorState error={error} onRetry={() => void load(entity)} />;
  } else if (status !== 'ready') {
    content = <CenteredLoader />;
  } else if (fields.length === 0) {
    content = (
      <NoticeState
        icon={IconForms}
        variant="light"
        title={t(`customFields.page.empty.${entity}`)}
        description={t('customFields.page.emptyDescription')}
        py={64}
        action={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditingId('new')}>
            {t('customFields.page.add')}
          </Button>
        }
      />
    );
  } else {
    content = (
      <FieldTable
        caption={t(`customFields.entities.${entity}`)}
        fields={fields}
        busy={busy}
        onMove={(field, step) => void move(field, step)}
        onEdit={(field) => setEditingId(field.id)}
        onArchive={(field, archived) => void archive(field, archived)}
      />
    );
  }

  return (
    <PageFrame>
      <PageHeader
        title={t('customFields.page.title')}
        subtitle={t('customFields.page.subtitle')}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            disabled={status !== 'ready' || fields.length >= MAX_CUSTOM_FIELDS}
            onClick={() => setEditingId('new')}
          >
            {t('customFields.page.add')}
          </Button>
        }
      />
      <Stack gap="md">
        <Tabs
          value={entity}
          onChange={(next) => {
            if (!isEntity(next)) return;
            setEntity(next);
            setActionError(null);
          }}
          variant="pills"
        >
          <Tabs.List>
            {CUSTOM_FIELD_ENTITIES.map((each) => {
              const EntityIcon = ENTITY_ICONS[each];
              return (
                <Tabs.Tab key={each} value={each} leftSection={<EntityIcon size={16} />}>
                  {t(`customFields.entities.${each}`)}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
        </Tabs>
        {actionError !== null && <FormErrorAlert error={actionError} overrides={OVERRIDES} />}
        {content}
      </Stack>
      <FieldDialog entity={entity} editing={editing} onClose={() => setEditingId(null)} />
    </PageFrame>
  );
}
