import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContactPicker, type PickedContact } from '../deals/form/ContactPicker';

interface CallNotesFieldProps {
  value: string;
  onChange(event: { currentTarget: { value: string } }): void;
  error: string | undefined;
  /** What Enter does in this form. */
  description: string;
}

/** What was said on a call; Enter sends the form, Shift+Enter starts a new line. */
export function CallNotesField({ description, ...field }: CallNotesFieldProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('calls.fields.notes')}
      description={description}
      autosize
      minRows={3}
      maxRows={10}
      data-autofocus
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          event.currentTarget.form?.requestSubmit();
        }
      }}
      {...field}
    />
  );
}

interface CallContactFieldProps {
  value: PickedContact | null;
  onChange(contact: PickedContact | null): void;
  error?: string;
}

/** The customer a call was with, found by name, company or number. */
export function CallContactField(props: CallContactFieldProps) {
  const { t } = useTranslation();
  return <ContactPicker label={t('calls.fields.contact')} {...props} />;
}
