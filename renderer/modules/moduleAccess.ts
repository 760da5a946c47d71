import { MODULES, modulesOf, type ModuleId } from '../../shared/catalogue';
import type { LicenseStatus } from '../../shared/license/contract';

/**
 * What opening a module shows:
 * - `open`: its screens;
 * - `readOnly`: its screens, while the trial or licence has ended (the server refuses changes);
 * - `comingLater`: the licence covers it, but this version has no screens for it yet;
 * - `locked`: the licence does not cover it; the lock screen says what unlocks it.
 */
export type ModuleAccess = 'open' | 'readOnly' | 'comingLater' | 'locked';

type LicenseFacts = Pick<LicenseStatus, 'kind' | 'edition' | 'addOns' | 'modules'>;

/** The trial or the licence has ended, or its key is refused: data stays readable, changes are locked. */
export function licenseEnded(status: Pick<LicenseStatus, 'kind'>): boolean {
  return status.kind === 'expired' || status.kind === 'invalid';
}

/**
 * The modules the company has bought or is trying, also once that has ended: an ended trial
 * covered every module, an ended licence its edition and add-ons.
 */
export function coveredModules(status: LicenseFacts): ReadonlySet<ModuleId> {
  if (!licenseEnded(status)) return new Set(status.modules);
  return status.edition ? modulesOf(status.edition, status.addOns) : new Set(MODULES);
}

export function moduleAccess(
  module: ModuleId,
  status: LicenseFacts,
  built: ReadonlySet<ModuleId>,
): ModuleAccess {
  if (!coveredModules(status).has(module)) return 'locked';
  if (!built.has(module)) return 'comingLater';
  return licenseEnded(status) ? 'readOnly' : 'open';
}

export interface ModuleGroups {
  /** Modules with screens the user can open (read-only once the licence has ended). */
  usable: ModuleId[];
  /** Covered by the licence, coming in a later version. */
  comingLater: ModuleId[];
  locked: ModuleId[];
}

/** The sidebar's sections, each in catalogue order. */
export function groupModules(status: LicenseFacts, built: ReadonlySet<ModuleId>): ModuleGroups {
  const groups: ModuleGroups = { usable: [], comingLater: [], locked: [] };
  for (const module of MODULES) {
    const access = moduleAccess(module, status, built);
    if (access === 'locked') groups.locked.push(module);
    else if (access === 'comingLater') groups.comingLater.push(module);
    else groups.usable.push(module);
  }
  return groups;
}
