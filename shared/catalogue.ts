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

export const ADD_ON_MODULES: readonly ModuleId[] = ['orders', 'knowledge', 'installation'];

export const EDITIONS = {
  standard: ['contacts'],
  aftersales: ['contacts', 'workorders', 'remote'],
  erp: ['contacts', 'workorders', 'remote', 'inventory'],
  callcenter: ['contacts', 'calls'],
} as const satisfies Record<string, readonly ModuleId[]>;
export type EditionId = keyof typeof EDITIONS;

export function modulesOf(edition: EditionId, extra: readonly ModuleId[] = []): Set<ModuleId> {
  return new Set<ModuleId>([...EDITIONS[edition], ...extra]);
}
