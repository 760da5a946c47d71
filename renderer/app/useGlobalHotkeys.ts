import { useHotkeys } from '@mantine/hooks';
import { useContactEditorStore } from '../contacts/contactEditorStore';
import { useSearchStore } from '../search/searchStore';
import { useNewRecordStore } from './newRecordStore';

/**
 * Ctrl/Cmd+K opens the search, even while typing; `/` opens it and `n` creates the page's kind
 * of record (a contact unless the page says otherwise) when not typing.
 */
export function useGlobalHotkeys(): void {
  const openSearch = useSearchStore((store) => store.open);
  const openCreate = useContactEditorStore((store) => store.openCreate);
  const createOnPage = useNewRecordStore((store) => store.create);
  useHotkeys([['mod+K', openSearch]], []);
  useHotkeys([
    ['/', openSearch],
    ['n', createOnPage ?? openCreate],
  ]);
}
