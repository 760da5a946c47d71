/** Modules and editions (DESIGN §4). `core` procedures belong to no module and are never locked. */
export const MODULES = [
  'contacts',
  'workorders',
  'inventory',
  'calls',
  'remote',
  'orders',
  'knowledge',
  'installation',
] as const;
export type ModuleId = (typeof MODULES)[number];
export type ProcedureModule = ModuleId | 'core';

/** Modules sold on their own, on top of any edition; the others come only with an edition. */
export const ADD_ON_MODULES = ['orders', 'knowledge', 'installation'] as const satisfies readonly ModuleId[];
export type AddOnId = (typeof ADD_ON_MODULES)[number];

/** Editions are presets of modules, cheapest first. */
export const EDITIONS = {
  standard: ['contacts'],
  aftersales: ['contacts', 'workorders', 'remote'],
  erp: ['contacts', 'workorders', 'remote', 'inventory'],
  callcenter: ['contacts', 'calls'],
} as const satisfies Record<string, readonly ModuleId[]>;
export type EditionId = keyof typeof EDITIONS;
export const EDITION_IDS = Object.keys(EDITIONS) as EditionId[];

export function isModuleId(value: string): value is ModuleId {
  return (MODULES as readonly string[]).includes(value);
}

export function isAddOn(module: ModuleId): module is AddOnId {
  return (ADD_ON_MODULES as readonly string[]).includes(module);
}

export function isEditionId(value: string): value is EditionId {
  return Object.hasOwn(EDITIONS, value);
}

export function modulesOf(edition: EditionId, extra: readonly ModuleId[] = []): Set<ModuleId> {
  return new Set<ModuleId>([...EDITIONS[edition], ...extra]);
}

/** What a locked module's screen offers: the editions that include it, or the add-on itself. */
export type Unlock = { kind: 'editions'; editions: EditionId[] } | { kind: 'addOn'; addOn: AddOnId };

export function unlockedBy(module: ModuleId): Unlock {
  if (isAddOn(module)) return { kind: 'addOn', addOn: module };
  const editions = EDITION_IDS.filter((edition) =>
    (EDITIONS[edition] as readonly ModuleId[]).includes(module),
  );
  return { kind: 'editions', editions };
}

/** i18n keys (renderer/i18n) of a module's name and its one-line description. */
export function moduleTextKeys(module: ModuleId) {
  return {
    name: `catalogue.modules.${module}.name`,
    description: `catalogue.modules.${module}.description`,
  } as const;
}

/** i18n keys (renderer/i18n) of an edition's name and its one-line description. */
export function editionTextKeys(edition: EditionId) {
  return {
    name: `catalogue.editions.${edition}.name`,
    description: `catalogue.editions.${edition}.description`,
  } as const;
}
