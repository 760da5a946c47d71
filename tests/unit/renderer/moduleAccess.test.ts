import { describe, expect, it } from 'vitest';
import { MODULES, modulesOf, type EditionId, type ModuleId } from '../../../shared/catalogue';
import type { LicenseKind } from '../../../shared/license/contract';
import { coveredModules, groupModules, moduleAccess } from '../../../renderer/modules/moduleAccess';

const built = new Set<ModuleId>(['contacts']);

function status(kind: LicenseKind, edition: EditionId | null, addOns: ('orders' | 'knowledge')[] = []) {
  const modules =
    kind === 'trial' ? [...MODULES] : kind === 'licensed' && edition ? [...modulesOf(edition, addOns)] : [];
  return { kind, edition, addOns, modules };
}

describe('what opening a module shows', () => {
  it('shows the screens of a licensed module that this version has', () => {
    expect(moduleAccess('contacts', status('licensed', 'standard'), built)).toBe('open');
    expect(moduleAccess('contacts', status('trial', null), built)).toBe('open');
  });

  it('locks a module the licence lacks, also for modules without screens yet', () => {
    expect(moduleAccess('inventory', status('licensed', 'standard'), built)).toBe('locked');
    expect(moduleAccess('calls', status('licensed', 'erp'), built)).toBe('locked');
    expect(moduleAccess('orders', status('licensed', 'erp'), built)).toBe('locked');
  });

  it('says honestly that a licensed module without screens comes in a later version', () => {
    expect(moduleAccess('inventory', status('licensed', 'erp'), built)).toBe('comingLater');
    expect(moduleAccess('orders', status('licensed', 'standard', ['orders']), built)).toBe('comingLater');
    expect(moduleAccess('calls', status('trial', null), built)).toBe('comingLater');
  });

  it('keeps the data of an ended trial or licence readable, and locks what it never covered', () => {
    expect(moduleAccess('contacts', status('expired', null), built)).toBe('readOnly');
    expect(moduleAccess('contacts', status('invalid', 'aftersales'), built)).toBe('readOnly');
    expect(moduleAccess('workorders', status('expired', 'aftersales'), built)).toBe('comingLater');
    expect(moduleAccess('inventory', status('expired', 'aftersales'), built)).toBe('locked');
  });
});

describe('the modules a licence covers', () => {
  it('are every module in the trial, and still after it ended', () => {
    expect([...coveredModules(status('trial', null))]).toEqual([...MODULES]);
    expect([...coveredModules(status('expired', null))]).toEqual([...MODULES]);
  });

  it("are the edition's and the add-ons', also once the key is refused", () => {
    const covered = coveredModules(status('invalid', 'callcenter', ['knowledge']));
    expect([...covered].sort()).toEqual(['calls', 'contacts', 'knowledge']);
  });
});

describe('the sidebar sections', () => {
  it('lists usable modules, then those coming later, then the locked ones, in catalogue order', () => {
    expect(groupModules(status('licensed', 'aftersales', ['orders']), built)).toEqual({
      usable: ['contacts'],
      comingLater: ['workorders', 'remote', 'orders'],
      locked: ['inventory', 'calls', 'knowledge', 'installation'],
    });
  });

  it('locks nothing in the trial', () => {
    expect(groupModules(status('trial', null), built).locked).toEqual([]);
  });
});
