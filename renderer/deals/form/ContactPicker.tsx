import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/contacts/contract';
import { call } from '../../bridge/call';

/** A chosen contact: enough to show it and to take its company along. */
export interface PickedContact {
  id: number;
  name: string;
  companyId: number | null;
}

interface ContactPickerProps {
  value: PickedContact | null;
  onChange(contact: PickedContact | null): void;
  error?: string;
  /** Another screen's word for the customer; a deal's "Contact" by default. */
  label?: string;
}

const toPicked = (contact: Contact): PickedContact => ({
  id: contact.id,
  name: contact.companyName ? `${contact.name} · ${contact.companyName}` : contact.name,
  companyId: contact.companyId,
});

/** Finds a customer by what the user types (name, company, phone), as the search does. */
export function ContactPicker({ value, onChange, error, label }: ContactPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [found, setFound] = useState<PickedContact[]>([]);
  const [searchFailed, setSearchFailed] = useState(false);

  useEffect(() => {
    if (debounced === '' || debounced === value?.name) return;
    let current = true;
    call('contacts.search', { query: debounced, limit: 20 })
      .then(({ items }) => {
        if (!current) return;
        setFound(items.filter((contact) => contact.deletedAt === null).map(toPicked));
        setSearchFailed(false);
      })
      .catch(() => current && setSearchFailed(true));
    return () => {
      current = false;
    };
  }, [debounced, value?.name]);

  const options = [...(value ? [value] : []), ...found.filter((contact) => contact.id !== value?.id)];
  return (
    <Select
      label={label ?? t('deals.fields.contact')}
      placeholder={t('deals.form.contactPlaceholder')}
      searchable
      clearable
      filter={({ options: all }) => all}
      data={options.map((contact) => ({ value: String(contact.id), label: contact.name }))}
      value={value ? String(value.id) : null}
      searchValue={query}
      onSearchChange={setQuery}
      onChange={(id) => onChange(options.find((contact) => String(contact.id) === id) ?? null)}
      nothingFoundMessage={
        debounced === ''
          ? undefined
          : searchFailed
            ? t('deals.form.contactSearchFailed')
            : t('deals.form.noContact')
      }
      error={error}
    />
  );
}
