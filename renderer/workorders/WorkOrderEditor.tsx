import { Alert, Button, Group, Kbd, Stack, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '../../shared/workorders/contract';
import { ConflictDialog } from '../forms/ConflictDialog';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { formatDateTime } from '../i18n/formatDate';
import { useWorkOrderEditor } from './useWorkOrderEditor';
import { WorkOrderFields } from './WorkOrderFields';
import { valuesOf, type WorkOrderField } from './workOrderFormValues';
import { WORK_ORDER_ERROR_OVERRIDES } from './workOrderErrors';

interface WorkOrderEditorProps {
  workOrder: WorkOrder;
  onDone(saved: WorkOrder | null): void;
}

/** The work order's fields in place: Enter (or Ctrl/Cmd+Enter in the description) saves, Esc cancels. */
export function WorkOrderEditor({ workOrder, onDone }: WorkOrderEditorProps) {
  const { t, i18n } = useTranslation();
  const editor = useWorkOrderEditor(workOrder, onDone);
  const { original, clashes } = editor;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void editor.save();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void editor.save();
    } else if (event.key === 'Escape' && !editor.conflict.opened && !event.defaultPrevented) {
      // An open dropdown closes first; Esc on the form itself leaves without saving.
      if ((event.target as HTMLElement).getAttribute('aria-expanded') === 'true') return;
      event.preventDefault();
      onDone(null);
    }
  };

  /** What the other person saved, under a field both of you changed. */
  const noteFor = (field: WorkOrderField) => {
    if (!clashes.includes(field)) return undefined;
    const theirs = valuesOf(original)[field];
    const text =
      field === 'watcherIds'
        ? original.watchers.map((watcher) => watcher.name).join(', ')
        : field === 'due'
          ? original.dueAt === null
            ? ''
            : formatDateTime(original.dueAt, i18n.language)
          : field === 'priority'
            ? t(`workorders.priorities.${original.priority}`)
            : field === 'channel'
              ? t(`workorders.channels.${original.channel}`)
              : String(theirs);
    return t('workorders.conflict.theirValue', { value: text === '' ? '—' : text });
  };

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label={t('workorders.detail.editing')}>
      <Stack gap="md">
        <FormErrorAlert error={editor.formError} overrides={WORK_ORDER_ERROR_OVERRIDES} />
        {clashes.length > 0 && (
          <Alert color="yellow" variant="light" icon={<IconGitMerge size={18} />} role="status">
            {t('workorders.conflict.merged', {
              fields: clashes
                .map((field) => t(`workorders.fields.${field === 'watcherIds' ? 'watchers' : field}`))
                .join(', '),
            })}
          </Alert>
        )}
        <WorkOrderFields
          values={editor.values}
          onChange={editor.change}
          errors={editor.errors}
          noteFor={noteFor}
          autoFocus
        />
        <Group justify="space-between">
          <Group gap={6} c="dimmed" visibleFrom="sm">
            <Kbd size="xs">Enter</Kbd>
            <Text fz="xs">{t('workorders.detail.enterSaves')}</Text>
            <Kbd size="xs" ml="xs">
              Esc
            </Kbd>
            <Text fz="xs">{t('workorders.detail.escCancels')}</Text>
          </Group>
          <Group gap="xs">
            <Button variant="default" onClick={() => onDone(null)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={editor.saving}>
              {t('workorders.detail.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
      <ConflictDialog
        conflict={editor.conflict}
        texts="workorders.conflict"
        description={t('workorders.conflict.description', { number: original.number })}
      />
    </form>
  );
}
