import { create } from 'zustand';
import type { ProcedureOutput } from '../../shared/contract';
import { call } from '../bridge/call';

type TagCount = ProcedureOutput<'contacts.tags'>['items'][number];

interface TagsStore {
  tags: TagCount[];
  load(): Promise<void>;
}

/** Tags in use with their counts: the tag filter and the form's suggestions. */
export const useTagsStore = create<TagsStore>()((set) => ({
  tags: [],
  async load() {
    try {
      const { items } = await call('contacts.tags', {});
      set({ tags: items });
    } catch {
      // Without suggestions the tag field still accepts any tag.
    }
  },
}));
