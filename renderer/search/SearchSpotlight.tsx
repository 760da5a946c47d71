import { Center, Combobox, Divider, Loader, Modal, ScrollArea, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { SearchResultOption } from './SearchResultOption';
import { SearchKeyHints } from './SearchKeyHints';
import { useSearchStore } from './searchStore';
import { SearchStatus } from './SearchStatus';

const DEBOUNCE_MS = 150;

const isPlainEnter = (event: KeyboardEvent) => event.key === 'Enter' && !event.nativeEvent.isComposing;

/** Ctrl/Cmd+K: finds contacts by name, company, phone (in any format) or email. */
export function SearchSpotlight() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { opened, close, results, search } = useSearchStore(
    useShallow((store) => ({
      opened: store.opened,
      close: store.close,
      results: store.results,
      search: store.search,
    })),
  );
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  // Always "open": the options are shown inline under the input, not in a dropdown.
  const combobox = useCombobox({ opened: true });
  const { selectFirstOption } = combobox;

  useEffect(() => {
    if (opened) void search(debouncedQuery);
  }, [opened, debouncedQuery, search]);

  useEffect(() => {
    if (results.items.length > 0) selectFirstOption();
  }, [results.items, selectFirstOption]);

  const dismiss = () => {
    setQuery('');
    close();
  };

  const openContact = (id: string) => {
    dismiss();
    void navigate(`/contacts/${id}`);
  };

  const shownQuery = query.trim();
  const items = shownQuery === '' ? [] : results.items;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The combobox would swallow Escape; here it closes the whole search.
    if (event.key === 'Escape') dismiss();
    // Results that arrived a moment ago may not have their first option selected yet: Enter
    // still opens the first one rather than doing nothing.
    const first = items[0];
    if (isPlainEnter(event) && first && combobox.getSelectedOptionIndex() === -1) {
      event.preventDefault();
      openContact(String(first.id));
    }
  };

  return (
    <Modal.Root opened={opened} onClose={dismiss} size="lg" yOffset="10vh">
      <Modal.Overlay backgroundOpacity={0.35} blur={2} />
      <Modal.Content aria-label={t('search.title')} radius="lg">
        <Modal.Body p={0}>
          <Combobox store={combobox} onOptionSubmit={openContact}>
            <Combobox.EventsTarget>
              <TextInput
                value={query}
                onChange={(event) => setQuery(event.currentTarget.value)}
                onKeyDown={onKeyDown}
                placeholder={t('search.placeholder')}
                aria-label={t('search.title')}
                variant="unstyled"
                size="lg"
                px="md"
                leftSection={<IconSearch size={20} />}
                rightSection={results.status === 'loading' ? <Loader size="xs" /> : null}
                // Focus on mount, before the open transition ends, so no typed key is lost.
                autoFocus
                data-autofocus
              />
            </Combobox.EventsTarget>
            <Divider />
            <ScrollArea.Autosize mah="min(420px, 60vh)" type="scroll">
              <Combobox.Options aria-label={t('search.results')} p={items.length > 0 ? 'xs' : 0}>
                {items.map((contact) => (
                  <SearchResultOption key={contact.id} contact={contact} query={shownQuery} />
                ))}
              </Combobox.Options>
              {items.length === 0 && (
                <Center>
                  <SearchStatus results={results} query={shownQuery} />
                </Center>
              )}
            </ScrollArea.Autosize>
            <Divider />
            <SearchKeyHints />
          </Combobox>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
