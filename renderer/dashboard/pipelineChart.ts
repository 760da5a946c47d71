import type { DealStage, PipelineTotals } from '../../shared/deals/contract';

/** One bar of the pipeline chart: an open stage and its deals in one currency. */
export interface StageBar {
  stageId: number;
  name: string;
  /** Open value in integer minor units. */
  amount: number;
  count: number;
}

/** The currencies of the open deals, the one with the most deals first (then by code). */
export function openCurrencies(totals: PipelineTotals): string[] {
  const counts = new Map<string, number>();
  for (const stage of totals.stages) {
    for (const total of stage.totals) {
      counts.set(total.currency, (counts.get(total.currency) ?? 0) + total.count);
    }
  }
  return [...counts]
    .filter(([, count]) => count > 0)
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([currency]) => currency);
}

/**
 * One bar per open stage, in board order, with its open value in `currency`; a stage with no
 * deals in that currency shows as zero, so the stages keep their places.
 */
export function stageBars(
  totals: PipelineTotals,
  stages: readonly DealStage[],
  currency: string,
): StageBar[] {
  const byStage = new Map(totals.stages.map((stage) => [stage.stageId, stage]));
  return stages.map((stage) => {
    const total = byStage.get(stage.id)?.totals.find((t) => t.currency === currency);
    return { stageId: stage.id, name: stage.name, amount: total?.amount ?? 0, count: total?.count ?? 0 };
  });
}
