import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';

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
  const [typed, setTyped] = useState('');
  const [debounced] = useDebouncedValue(typed.trim(), 200);
  const [found, setFound] = useState<T[]>([]);
  const [failed, setFailed] = useState(false);
  const searchRef = useRef(search);
  useEffect(() => {
    searchRef.current = search;
  });
  // Once a record is chosen the search box shows its label: that is no query.
  const query = value !== null && debounced === labelOf(value) ? '' : debounced;

  useEffect(() => {
    let current = true;
    searchRef.current(query).then(
      (items) => {
        if (!current) return;
        setFound(items);
        setFailed(false);
      },
      () => current && setFailed(true),
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
      nothingFoundMessage={failed ? searchFailed : noMatch}
      error={error}
      data-autofocus
    />
  );
}
