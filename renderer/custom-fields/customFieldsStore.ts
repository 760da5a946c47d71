import { useEffect } from 'react';
import { create } from 'zustand';
import type { CustomFieldDef, CustomFieldEntity } from '../../shared/custom-fields/contract';
import { call } from '../bridge/call';

interface EntityFields {
  /** Every field in position order, archived ones included. */
  fields: CustomFieldDef[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: unknown;
}

interface CustomFieldsStore {
  byEntity: Record<CustomFieldEntity, EntityFields>;
  /** Loads an entity's fields the first time a screen asks for them. */
  ensure(entity: CustomFieldEntity): void;
  /** Reads them again: after a change here, its event, or a retry. */
  load(entity: CustomFieldEntity): Promise<void>;
  /** Shows a field saved here at once, before its event arrives. */
  replace(field: CustomFieldDef): void;
  /** Shows the order saved here at once. */
  setFields(entity: CustomFieldEntity, fields: CustomFieldDef[]): void;
  reset(): void;
}

const IDLE: EntityFields = { fields: [], status: 'idle', error: null };
const INITIAL = { contact: IDLE, deal: IDLE };

/**
 * The company's own fields per entity: loaded once, reloaded on `customFields.changed`; the
 * forms, detail pages, list columns, filters and the admin page all read them from here.
 */
export const useCustomFieldsStore = create<CustomFieldsStore>()((set, get) => {
  // Answers to an older request of the same entity are dropped.
  const requests: Record<CustomFieldEntity, number> = { contact: 0, deal: 0 };
  const update = (entity: CustomFieldEntity, change: Partial<EntityFields>) =>
    set((state) => ({ byEntity: { ...state.byEntity, [entity]: { ...state.byEntity[entity], ...change } } }));

  return {
    byEntity: INITIAL,
    ensure(entity) {
      if (get().byEntity[entity].status === 'idle') void get().load(entity);
    },
    async load(entity) {
      const mine = ++requests[entity];
      // Loaded fields stay on screen while they are read again.
      if (get().byEntity[entity].status !== 'ready') update(entity, { status: 'loading', error: null });
      try {
        const { items } = await call('customFields.list', { entity });
        if (mine === requests[entity]) update(entity, { fields: items, status: 'ready', error: null });
      } catch (error) {
        if (mine === requests[entity]) update(entity, { status: 'error', error });
      }
    },
    replace(field) {
      const { fields } = get().byEntity[field.entity];
      const known = fields.some((existing) => existing.id === field.id);
      update(field.entity, {
        fields: known
          ? fields.map((existing) => (existing.id === field.id ? field : existing))
          : [...fields, field],
      });
    },
    setFields(entity, fields) {
      update(entity, { fields });
    },
    reset() {
      requests.contact++;
      requests.deal++;
      set({ byEntity: INITIAL });
    },
  };
});

/** An entity's fields (all of them, in order) and their loading state; loads them if needed. */
export function useCustomFields(entity: CustomFieldEntity): EntityFields {
  const ensure = useCustomFieldsStore((store) => store.ensure);
  useEffect(() => ensure(entity), [ensure, entity]);
  return useCustomFieldsStore((store) => store.byEntity[entity]);
}

/** The fields that forms, lists, filters and detail pages show: every one not archived. */
export function useLiveCustomFields(entity: CustomFieldEntity): CustomFieldDef[] {
  const { fields } = useCustomFields(entity);
  return liveFields(fields);
}

const liveCache = new WeakMap<CustomFieldDef[], CustomFieldDef[]>();

/** Not archived; the same array for the same list, so it is safe in effects and selectors. */
export function liveFields(fields: CustomFieldDef[]): CustomFieldDef[] {
  let live = liveCache.get(fields);
  if (!live) {
    live = fields.filter((field) => !field.archived);
    liveCache.set(fields, live);
  }
  return live;
}
