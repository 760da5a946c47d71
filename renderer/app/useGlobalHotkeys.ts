import { useHotkeys } from '@mantine/hooks';
import { useContactEditorStore } from '../contacts/contactEditorStore';
import { useSearchStore } from '../search/searchStore';

/** Ctrl/Cmd+K opens the search, even while typing; `n` starts a new contact when not typing. */
export function useGlobalHotkeys(): void {
  const openSearch = useSearchStore((store) => store.open);
  const openCreate = useContactEditorStore((store) => store.openCreate);
  useHotkeys([['mod+K', openSearch]], []);
  useHotkeys([['n', openCreate]]);
}
