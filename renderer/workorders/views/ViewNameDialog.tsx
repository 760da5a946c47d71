import { Checkbox, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../../shared/workorders/views';
import { viewName } from '../../../shared/workorders/views';
import { validationIssues } from '../../bridge/CallError';
import { FormDialogButtons } from '../../forms/FormDialogButtons';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { fieldErrorsFrom, type FieldErrors } from '../../forms/fieldErrors';
import { useSubmitForm } from '../../forms/useSubmitForm';
import { AppModal } from '../../ui/AppModal';
import { useViewsStore } from './viewsStore';

export interface ViewNameValues {
  name: string;
  shared: boolean;
}

interface ViewNameDialogProps {
  opened: boolean;
  /** The view renamed, or null for a new one from the queue as it is shown. */
  view: SavedView | null;
  /** Whether the "everyone" box is offered: admins share views. */
  mayShare: boolean;
  /** Stores the values; returns the view as saved. */
  save(values: ViewNameValues): Promise<SavedView>;
  onClose(): void;
}

function validate(values: ViewNameValues): FieldErrors {
  const parsed = viewName.safeParse(values.name);
  return parsed.success
    ? {}
    : fieldErrorsFrom(parsed.error.issues.map((issue) => ({ ...issue, path: ['name'] })));
}

/** A name the server refuses is one this user already gave another view (or too many views). */
function serverErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of validationIssues(error)) {
    if (issue.path[0] === 'name') {
      errors.name =
        issue.message === 'too many views'
          ? (t) => t('workorderViews.tooMany')
          : (t) => t('workorderViews.nameTaken');
    }
  }
  return errors;
}

/** Saves the queue as a new view, or renames one; Enter saves, Esc closes. */
export function ViewNameDialog({ opened, view, mayShare, save, onClose }: ViewNameDialogProps) {
  const { t } = useTranslation();
  const replace = useViewsStore((store) => store.replace);
  const load = useViewsStore((store) => store.load);
  const form = useSubmitForm<ViewNameValues>(
    { name: view?.name ?? '', shared: view?.shared ?? false },
    {
      validate,
      send: async (values) => {
        try {
          const saved = await save(values);
          replace(saved);
          notifications.show({ color: 'teal', message: t('workorderViews.saved', { name: saved.name }) });
          close();
        } catch (error) {
          // A stale version or a view gone: the list is read again, so that another try works.
          void load();
          throw error;
        }
      },
      fieldErrorsOf: serverErrors,
    },
  );
  const close = () => {
    form.reset();
    onClose();
  };

  return (
    <AppModal
      opened={opened}
      onClose={close}
      title={view ? t('workorderViews.renameTitle') : t('workorderViews.saveTitle')}
      size="sm"
    >
      <form onSubmit={form.submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={form.refusal} />
          <TextInput
            label={t('workorderViews.name')}
            description={view ? undefined : t('workorderViews.nameHint')}
            {...form.fieldProps('name')}
            data-autofocus
            required
          />
          {mayShare && (
            <Checkbox
              label={t('workorderViews.shareWithEveryone')}
              checked={form.values.shared}
              onChange={(event) => form.setValues({ ...form.values, shared: event.currentTarget.checked })}
            />
          )}
          <FormDialogButtons
            submitLabel={t('workorderViews.save')}
            submitting={form.submitting}
            onCancel={close}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
