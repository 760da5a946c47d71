import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RemotePickerProps<T extends { id: number }> {
  value: T | null;
  onChange(item: T | null): void;
  /** The server's first matches of what is typed ('' for the first of all). */
  search(query: string): Promise<T[]>;
  labelOf(item: T): string;
  label: string;
  placeholder?: string;
  noMatch: string;
  searchFailed: string;
  clearable?: boolean;
  error?: string;
}

/**
 * Picks one record of a list too long to load whole: the server is asked as the user types.
 * The chosen record stays a choice whatever the search finds (an archived one too).
 */
export function RemotePicker<T extends { id: number }>({
  value,
  onChange,
  search,
  labelOf,
  label,
  placeholder,
  noMatch,
  searchFailed,
  clearable,
  error,
}: RemotePickerProps<T>) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [debounced] = useDebouncedValue(typed.trim(), 200);
  /** The server's answer and the query it answers. */
  const [result, setResult] = useState<{ query: string; items: T[] } | null>(null);
  /** The query the server could not answer, if the last one failed. */
  const [failedFor, setFailedFor] = useState<string | null>(null);
  const searchRef = useRef(search);
  useEffect(() => {
    searchRef.current = search;
  });
  // Once a record is chosen the search box shows its label: that is no query.
  const queryOf = (text: string) => (value !== null && text === labelOf(value) ? '' : text);
  const query = queryOf(debounced);
  // Matches of an earlier query are not offered while the one typed is being asked.
  const wanted = queryOf(typed.trim());
  const found = result !== null && result.query === wanted ? result.items : [];
  const failed = failedFor === wanted;
  const searching = !failed && result?.query !== wanted;

  useEffect(() => {
    let current = true;
    searchRef.current(query).then(
      (items) => {
        if (!current) return;
        setResult({ query, items });
        setFailedFor(null);
      },
      () => current && setFailedFor(query),
    );
    return () => {
      current = false;
    };
  }, [query]);

  const options = [...(value ? [value] : []), ...found.filter((item) => item.id !== value?.id)];
  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      clearable={clearable}
      required
      filter={({ options: all }) => all}
      data={options.map((item) => ({ value: String(item.id), label: labelOf(item) }))}
      value={value ? String(value.id) : null}
      searchValue={typed}
      onSearchChange={setTyped}
      onChange={(id) => onChange(options.find((item) => String(item.id) === id) ?? null)}
      nothingFoundMessage={failed ? searchFailed : searching ? t('common.loading') : noMatch}
      error={error}
      data-autofocus
    />
  );
}
