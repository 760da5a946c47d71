import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../bridge/call';
import { ContactPicker, type PickedContact } from '../deals/form/ContactPicker';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { SuggestedArticles } from '../knowledge/SuggestedArticles';
import { useSubmitForm } from '../forms/useSubmitForm';
import { AppModal } from '../ui/AppModal';
import { useUsersStore } from '../users/usersStore';
import { announceWorkOrderChanged } from './workOrderChanges';
import { WorkOrderFields } from './WorkOrderFields';
import {
  EMPTY_VALUES,
  inputOf,
  serverFieldErrors,
  validateWorkOrder,
  type WorkOrderFormValues,
} from './workOrderFormValues';

/** Whom a new work order is for, when opened from a customer's page. */
export interface CustomerPrefill {
  contact?: PickedContact;
  company?: { id: number; name: string };
}

interface NewValues extends WorkOrderFormValues {
  contact: PickedContact | null;
  /** An assignee's id, or null to leave it to the dispatch rules. */
  assigneeId: string | null;
}

interface NewWorkOrderFormProps {
  prefill: CustomerPrefill;
  onClose(): void;
  /** A suggested article opened above the form, or closed again. */
  onReadingChange(reading: boolean): void;
}

function NewWorkOrderForm({ prefill, onClose, onReadingChange }: NewWorkOrderFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const users = useUsersStore((store) => store.users);
  const form = useSubmitForm<NewValues>(
    { ...EMPTY_VALUES, contact: prefill.contact ?? null, assigneeId: null },
    {
      validate: validateWorkOrder,
      send: async (values) => {
        const customer = {
          contactId: values.contact?.id ?? null,
          companyId: values.contact?.companyId ?? prefill.company?.id ?? null,
        };
        const created = await call('workorders.create', inputOf(values, customer, values.assigneeId));
        announceWorkOrderChanged(created.id);
        notifications.show({
          color: 'teal',
          message: created.assigneeName
            ? t('workorders.form.createdFor', { number: created.number, name: created.assigneeName })
            : t('workorders.form.created', { number: created.number }),
        });
        onClose();
        void navigate(`/workorders/${created.id}`);
      },
      fieldErrorsOf: serverFieldErrors,
    },
  );
  const { values, setValues } = form;
  const assignees = users
    .filter((user) => user.active)
    .map((user) => ({ value: String(user.id), label: user.displayName }));

  return (
    <form onSubmit={form.submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={form.refusal} />
        <SimpleGrid cols={prefill.company && !prefill.contact ? 2 : 1} spacing="md">
          {prefill.company && !prefill.contact && (
            <TextInput label={t('workorders.fields.company')} value={prefill.company.name} readOnly />
          )}
          <ContactPicker
            label={t('workorders.fields.customer')}
            value={values.contact}
            onChange={(contact) => setValues({ ...values, contact })}
            error={form.errors.contactId?.(t) ?? form.errors.companyId?.(t)}
          />
        </SimpleGrid>
        <WorkOrderFields
          values={values}
          onChange={(fields) => setValues({ ...values, ...fields })}
          errors={form.errors}
          autoFocus
          underSubject={<SuggestedArticles subject={values.subject} onReadingChange={onReadingChange} />}
        />
        <Select
          label={t('workorders.fields.assignee')}
          data={[{ value: '', label: t('workorders.form.assigneeAuto') }, ...assignees]}
          value={values.assigneeId ?? ''}
          onChange={(id) => setValues({ ...values, assigneeId: id === '' || id === null ? null : id })}
          allowDeselect={false}
          error={form.errors.assigneeId?.(t)}
        />
        <FormDialogButtons
          submitLabel={t('workorders.form.create')}
          submitting={form.submitting}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}

interface NewWorkOrderDialogProps {
  opened: boolean;
  onClose(): void;
  prefill?: CustomerPrefill;
}

/** "New work order": subject, customer, priority, category, channel, due time and assignee. */
export function NewWorkOrderDialog({ opened, onClose, prefill = {} }: NewWorkOrderDialogProps) {
  const { t } = useTranslation();
  const [reading, setReading] = useState(false);
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t('workorders.form.newTitle')}
      size="lg"
      // While an article is open above the form, Esc closes the article only.
      closeOnEscape={!reading}
    >
      {opened && <NewWorkOrderForm prefill={prefill} onClose={onClose} onReadingChange={setReading} />}
    </AppModal>
  );
}
