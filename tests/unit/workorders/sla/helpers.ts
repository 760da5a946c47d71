import type { ProcedureInput } from '../../../../shared/contract';
import { DEFAULT_SLA } from '../../../../shared/workorders/sla';
import type { TestCore } from '../../core/helpers';

/**
 * The settings the SLA tests work under: the default office week (Monday to Friday 09:00–18:00)
 * in UTC, normal work orders answered within an hour and fixed within four business hours.
 */
export function slaInput(
  version: number,
  extra: Partial<ProcedureInput<'workorders.sla.save'>> = {},
): ProcedureInput<'workorders.sla.save'> {
  return {
    ...DEFAULT_SLA,
    timeZone: 'UTC',
    targets: { ...DEFAULT_SLA.targets, normal: { firstResponse: 60, resolution: 240 } },
    version,
    ...extra,
  };
}

/** Saves `slaInput` as the owner. */
export async function useTestSla(t: TestCore, extra: Partial<ProcedureInput<'workorders.sla.save'>> = {}) {
  const { version } = await t.call('workorders.sla.get', {});
  return t.call('workorders.sla.save', slaInput(version, extra));
}
