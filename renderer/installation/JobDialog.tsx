import { Alert, Anchor, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGitMerge } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InstallationJob } from '../../shared/installation/contract';
import { ContactPicker } from '../deals/form/ContactPicker';
import { ConflictDialog } from '../forms/ConflictDialog';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { formatDateTime } from '../i18n/formatDate';
import { AppModal } from '../ui/AppModal';
import { CenteredLoader } from '../ui/CenteredLoader';
import { useUsersStore } from '../users/usersStore';
import { ChecklistEditor } from './ChecklistEditor';
import { ClashAlert } from './ClashAlert';
import { announceInstallationChanged } from './installationChanges';
import { JobStatusActions } from './JobStatusActions';
import { JobStatusBadge } from './JobStatusBadge';
import { formatWindow } from './jobWindow';
import { clashesOf, JOB_FIELD_LABELS, type JobPrefill } from './jobFormValues';
import { useJobForm } from './useJobForm';
import { useJobTimeZone } from './useJobTimeZone';

interface JobFormProps {
  job: InstallationJob | null;
  prefill: JobPrefill;
  newJobTimeZone: string;
  onClose(): void;
}

function JobForm({ job, prefill, newJobTimeZone, onClose }: JobFormProps) {
  const { t, i18n } = useTranslation();
  const users = useUsersStore((store) => store.users);
  const startRef = useRef<HTMLInputElement>(null);
  const [notesError, setNotesError] = useState<string | null>(null);
  const form = useJobForm(job, prefill, newJobTimeZone, (saved) => {
    announceInstallationChanged(saved);
    notifications.show({
      color: 'teal',
      message: job
        ? t('installation.form.saved')
        : t('installation.form.created', {
            when: formatWindow(saved, i18n.language, saved.timeZone),
            name: saved.technicianName,
          }),
    });
    onClose();
  });
  const { original, values, errors } = form;
  const clashes = clashesOf(form.refusal);
  const technicians = users
    .filter((user) => user.active || String(user.id) === values.technicianId)
    .map((user) => ({ value: String(user.id), label: user.displayName }));
  if (original && !technicians.some((option) => option.value === String(original.technicianId))) {
    technicians.push({ value: String(original.technicianId), label: original.technicianName });
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.save();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {clashes ? (
          <ClashAlert
            clashes={clashes}
            timeZone={form.timeZone}
            busy={form.submitting}
            onBookAnyway={() => void form.save(true)}
            onPickAnother={() => {
              form.dismissRefusal();
              startRef.current?.focus();
            }}
          />
        ) : (
          <FormErrorAlert error={form.refusal} />
        )}
        {form.changedByBoth.length > 0 && (
          <Alert color="yellow" variant="light" icon={<IconGitMerge size={18} />} role="status">
            {t('installation.conflict.merged', {
              fields: form.changedByBoth.map((field) => t(JOB_FIELD_LABELS[field])).join(', '),
            })}
          </Alert>
        )}
        {original && (
          <Group gap="sm">
            <JobStatusBadge status={original.status} />
            {original.workOrderId !== null && (
              <Anchor component={Link} to={`/workorders/${original.workOrderId}`} fz="sm" onClick={onClose}>
                {original.workOrderNumber}
              </Anchor>
            )}
          </Group>
        )}
        <TextInput
          label={t('installation.fields.title')}
          {...form.fieldProps('title')}
          maxLength={200}
          required
          data-autofocus
        />
        <SimpleGrid cols={2} spacing="md">
          <ContactPicker
            label={t('installation.fields.customer')}
            value={values.contact}
            onChange={(contact) => form.change({ ...values, contact })}
            error={errors.contact?.(t)}
          />
          <Select
            label={t('installation.fields.technician')}
            data={technicians}
            value={values.technicianId}
            onChange={(id) => id && form.change({ ...values, technicianId: id })}
            allowDeselect={false}
            searchable
            error={errors.technicianId?.(t)}
          />
        </SimpleGrid>
        <SimpleGrid cols={3} spacing="md">
          <TextInput type="date" label={t('installation.fields.day')} {...form.fieldProps('day')} required />
          <TextInput
            ref={startRef}
            type="time"
            label={t('installation.fields.startTime')}
            {...form.fieldProps('startTime')}
            required
          />
          <TextInput
            type="time"
            label={t('installation.fields.endTime')}
            {...form.fieldProps('endTime')}
            required
          />
        </SimpleGrid>
        <TextInput
          label={t('installation.fields.address')}
          placeholder={original ? undefined : t('installation.fields.addressFromContact')}
          {...form.fieldProps('address')}
          maxLength={500}
        />
        <ChecklistEditor
          items={values.checklist}
          onChange={(checklist) => form.change({ ...values, checklist })}
          error={errors.checklist?.(t)}
        />
        <Textarea
          label={t('installation.fields.completionNotes')}
          description={t('installation.fields.completionNotesHint')}
          {...form.fieldProps('completionNotes')}
          error={errors.completionNotes?.(t) ?? notesError}
          autosize
          minRows={2}
          maxLength={5000}
        />
        {original && (
          <JobStatusActions
            job={original}
            values={values}
            onNotesMissing={() => setNotesError(t('installation.actions.notesRequired'))}
            onInvalid={() => void form.save()}
            onStale={form.staleSave}
            onDone={onClose}
          />
        )}
        {original?.completedAt != null && (
          <Text fz="xs" c="dimmed">
            {t('installation.form.completedAt', {
              when: formatDateTime(original.completedAt, i18n.language),
            })}
          </Text>
        )}
        <FormDialogButtons
          submitLabel={original ? t('installation.form.save') : t('installation.form.create')}
          submitting={form.submitting}
          onCancel={onClose}
        />
      </Stack>
      <ConflictDialog
        conflict={form.conflict}
        texts="installation.conflict"
        description={t('installation.conflict.description', { title: original?.title ?? '' })}
      />
    </form>
  );
}

interface JobDialogProps {
  opened: boolean;
  onClose(): void;
  /** The job to edit; a new one is scheduled without it. */
  job?: InstallationJob | null;
  prefill?: JobPrefill;
}

/** Schedule an installation, or open one: its window, checklist, completion notes and status. */
export function JobDialog({ opened, onClose, job = null, prefill = {} }: JobDialogProps) {
  const { t } = useTranslation();
  const timeZone = useJobTimeZone();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={job ? t('installation.form.editTitle', { title: job.title }) : t('installation.form.newTitle')}
      size="lg"
    >
      {opened && timeZone === null && <CenteredLoader />}
      {opened && timeZone !== null && (
        <JobForm
          key={job?.id ?? 'new'}
          job={job}
          prefill={prefill}
          newJobTimeZone={timeZone}
          onClose={onClose}
        />
      )}
    </AppModal>
  );
}
