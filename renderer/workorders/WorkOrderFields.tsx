import {
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  WORK_ORDER_CHANNELS,
  WORK_ORDER_PRIORITIES,
  type WorkOrderChannel,
  type WorkOrderPriority,
} from '../../shared/workorders/contract';
import type { FieldErrors } from '../forms/fieldErrors';
import { useUsersStore } from '../users/usersStore';
import type { WorkOrderField, WorkOrderFormValues } from './workOrderFormValues';

interface WorkOrderFieldsProps {
  values: WorkOrderFormValues;
  onChange(values: WorkOrderFormValues): void;
  errors: FieldErrors;
  /** Under a field both the user and someone else changed: what the other person saved. */
  noteFor?(field: WorkOrderField): string | undefined;
  /** The first field takes the focus when the form opens. */
  autoFocus?: boolean;
  /** Shown right under the subject, e.g. articles that may answer it. */
  underSubject?: ReactNode;
}

/** The editable fields of a work order, shared by the new-work-order dialog and the page's editor. */
export function WorkOrderFields({
  values,
  onChange,
  errors,
  noteFor,
  autoFocus,
  underSubject,
}: WorkOrderFieldsProps) {
  const { t } = useTranslation();
  const users = useUsersStore((store) => store.users);
  const set = <F extends WorkOrderField>(field: F, value: WorkOrderFormValues[F]) =>
    onChange({ ...values, [field]: value });
  const text = (field: 'subject' | 'description' | 'category' | 'due') => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
    error: errors[field]?.(t),
    description: noteFor?.(field),
  });
  const watcherOptions = users
    .filter((user) => user.active || values.watcherIds.includes(String(user.id)))
    .map((user) => ({ value: String(user.id), label: user.displayName }));

  return (
    <Stack gap="md">
      <TextInput
        label={t('workorders.fields.subject')}
        required
        // A dialog's focus trap looks for data-autofocus; the page's inline editor needs autoFocus.
        data-autofocus={autoFocus || undefined}
        autoFocus={autoFocus}
        {...text('subject')}
      />
      {underSubject}
      <Textarea
        label={t('workorders.fields.description')}
        autosize
        minRows={3}
        maxRows={10}
        {...text('description')}
      />
      <Stack gap={4}>
        <Text fz="sm" fw={500} id="workorder-priority">
          {t('workorders.fields.priority')}
        </Text>
        <SegmentedControl
          aria-labelledby="workorder-priority"
          data={WORK_ORDER_PRIORITIES.map((priority) => ({
            value: priority,
            label: t(`workorders.priorities.${priority}`),
          }))}
          value={values.priority}
          onChange={(priority) => set('priority', priority as WorkOrderPriority)}
          fullWidth
        />
        {noteFor?.('priority') && (
          <Text fz="xs" c="dimmed">
            {noteFor('priority')}
          </Text>
        )}
      </Stack>
      <SimpleGrid cols={3} spacing="md">
        <TextInput
          label={t('workorders.fields.category')}
          placeholder={t('workorders.form.categoryPlaceholder')}
          {...text('category')}
        />
        <Select
          label={t('workorders.fields.channel')}
          data={WORK_ORDER_CHANNELS.map((channel) => ({
            value: channel,
            label: t(`workorders.channels.${channel}`),
          }))}
          value={values.channel}
          onChange={(channel) => channel && set('channel', channel as WorkOrderChannel)}
          allowDeselect={false}
          description={noteFor?.('channel')}
        />
        <TextInput type="datetime-local" label={t('workorders.fields.due')} {...text('due')} />
      </SimpleGrid>
      <MultiSelect
        label={t('workorders.fields.watchers')}
        data={watcherOptions}
        value={values.watcherIds}
        onChange={(watcherIds) => set('watcherIds', watcherIds)}
        searchable
        clearable
        error={errors.watcherIds?.(t)}
        description={noteFor?.('watcherIds')}
      />
    </Stack>
  );
}
