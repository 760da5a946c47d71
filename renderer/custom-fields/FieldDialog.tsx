import { Alert, Checkbox, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CUSTOM_FIELD_TYPES,
  hasChoices,
  MAX_CHOICES,
  type CustomFieldDef,
  type CustomFieldEntity,
  type CustomFieldType,
} from '../../shared/custom-fields/contract';
import { call } from '../bridge/call';
import { isCallError, validationIssues } from '../bridge/CallError';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { serverFieldErrors } from '../forms/fieldErrors';
import { useSubmitForm } from '../forms/useSubmitForm';
import { AppModal } from '../ui/AppModal';
import { useCustomFieldsStore } from './customFieldsStore';
import {
  EMPTY_FIELD,
  fieldFormValuesOf,
  fieldInputOf,
  fieldPatchOf,
  validateField,
  type FieldFormValues,
} from './fieldFormValues';

/** The server names an update's fields under `patch`; the dialog names them plainly. */
const serverErrors = (error: unknown) =>
  serverFieldErrors(
    validationIssues(error).map((issue) => ({
      ...issue,
      path: issue.path[0] === 'patch' ? issue.path.slice(1) : issue.path,
    })),
  );

const isType = (value: string | null): value is CustomFieldType =>
  (CUSTOM_FIELD_TYPES as readonly (string | null)[]).includes(value);

interface FieldFormProps {
  entity: CustomFieldEntity;
  field: CustomFieldDef | null;
  onConflict(): void;
  onClose(): void;
}

function FieldForm({ entity, field: shown, onConflict, onClose }: FieldFormProps) {
  const { t } = useTranslation();
  const replace = useCustomFieldsStore((store) => store.replace);
  // The field as the form started from it: a colleague's change meanwhile makes the save a CONFLICT.
  const [field] = useState(shown);
  const form = useSubmitForm<FieldFormValues>(field ? fieldFormValuesOf(field) : EMPTY_FIELD, {
    validate: (values) => validateField(entity, field, values),
    send: async (values) => {
      try {
        const saved = field
          ? await call('customFields.update', {
              id: field.id,
              version: field.version,
              patch: fieldPatchOf(field, values),
            })
          : await call('customFields.create', fieldInputOf(entity, values));
        replace(saved);
        notifications.show({
          color: 'teal',
          message: t(field ? 'customFields.dialog.saved' : 'customFields.dialog.created', {
            label: saved.label,
          }),
        });
        onClose();
      } catch (error) {
        if (isCallError(error) && error.code === 'CONFLICT') onConflict();
        throw error;
      }
    },
    fieldErrorsOf: serverErrors,
    revalidateAfterSubmit: true,
  });
  const { values, setValues, errors } = form;

  return (
    <form onSubmit={form.submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={form.refusal} />
        <TextInput
          label={t('customFields.fields.label')}
          maxLength={60}
          required
          data-autofocus
          {...form.fieldProps('label')}
        />
        <Select
          label={t('customFields.fields.type')}
          data={CUSTOM_FIELD_TYPES.map((type) => ({ value: type, label: t(`customFields.types.${type}`) }))}
          value={values.type}
          onChange={(type) => isType(type) && setValues({ ...values, type })}
          allowDeselect={false}
          disabled={field !== null}
          description={field ? t('customFields.dialog.typeFixed') : undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
        {hasChoices(values.type) && (
          <TagsInput
            label={t('customFields.fields.choices')}
            description={t(field ? 'customFields.dialog.choicesEditHint' : 'customFields.dialog.choicesHint')}
            value={values.choices}
            onChange={(choices) => setValues({ ...values, choices })}
            error={errors.choices?.(t)}
            maxTags={MAX_CHOICES}
            // A choice may hold a comma ("Wholesale, export"): only Enter adds one.
            splitChars={[]}
            withPillsReorder
            acceptValueOnBlur
            clearable
            required
          />
        )}
        <Checkbox
          label={t('customFields.fields.inList')}
          description={t(`customFields.dialog.inListHint.${entity}`)}
          checked={values.inList}
          onChange={(event) => setValues({ ...values, inList: event.currentTarget.checked })}
        />
        <FormDialogButtons
          submitLabel={t(field ? 'customFields.dialog.save' : 'customFields.dialog.create')}
          submitting={form.submitting}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}

interface FieldDialogProps {
  entity: CustomFieldEntity;
  /** The field to edit, 'new' for a new one, or null when shut. */
  editing: CustomFieldDef | 'new' | null;
  onClose(): void;
}

/** Adds a field to an entity, or changes one's label, choices and column. */
export function FieldDialog({ entity, editing, onClose }: FieldDialogProps) {
  const { t } = useTranslation();
  const load = useCustomFieldsStore((store) => store.load);
  const [conflicted, setConflicted] = useState(false);
  const [generation, setGeneration] = useState(0);
  const field = editing === 'new' ? null : editing;
  const close = () => {
    setConflicted(false);
    onClose();
  };

  return (
    <AppModal
      opened={editing !== null}
      onClose={close}
      title={t(field ? 'customFields.dialog.editTitle' : 'customFields.dialog.newTitle')}
      size="md"
    >
      {conflicted && (
        <Alert color="yellow" variant="light" icon={<IconRefresh size={18} />} role="status" mb="md">
          {t('customFields.dialog.conflict')}
        </Alert>
      )}
      {/* After a conflict it starts again from what is stored now. */}
      {editing !== null && (
        <FieldForm
          key={`${field?.id ?? 'new'}:${generation}`}
          entity={entity}
          field={field}
          onConflict={() => {
            setConflicted(true);
            void load(entity).then(() => setGeneration((count) => count + 1));
          }}
          onClose={close}
        />
      )}
    </AppModal>
  );
}
