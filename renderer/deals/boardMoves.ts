import type { ProcedureOutput } from '../../shared/contract';
import type { CurrencyTotal, Deal } from '../../shared/deals/contract';

export type Board = ProcedureOutput<'deals.board'>;

/** Where a card can be dropped: an open stage, or won or lost. */
export type DropTarget = { kind: 'stage'; stageId: number } | { kind: 'won' } | { kind: 'lost' };

export const targetId = (target: DropTarget): string =>
  target.kind === 'stage' ? `stage:${target.stageId}` : target.kind;

export function parseTargetId(id: string): DropTarget | null {
  if (id === 'won' || id === 'lost') return { kind: id };
  const match = /^stage:(\d+)$/.exec(id);
  return match ? { kind: 'stage', stageId: Number(match[1]) } : null;
}

/** The column a deal is shown in now. */
export function targetOf(deal: Deal): DropTarget {
  return deal.status === 'open' ? { kind: 'stage', stageId: deal.stageId } : { kind: deal.status };
}

const sameTarget = (a: DropTarget, b: DropTarget) => targetId(a) === targetId(b);

type Column = { count: number; totals: CurrencyTotal[]; deals: Deal[] };

const weightOf = (deal: Deal) => Math.round((deal.amount * deal.probability) / 100);

function withTotal(totals: CurrencyTotal[], deal: Deal, sign: 1 | -1): CurrencyTotal[] {
  const existing = totals.find((total) => total.currency === deal.currency) ?? {
    currency: deal.currency,
    count: 0,
    amount: 0,
    weighted: 0,
  };
  const changed = {
    currency: deal.currency,
    count: existing.count + sign,
    amount: existing.amount + sign * deal.amount,
    weighted: existing.weighted + sign * weightOf(deal),
  };
  const others = totals.filter((total) => total.currency !== deal.currency);
  return (changed.count > 0 ? [...others, changed] : others).sort((a, b) =>
    a.currency < b.currency ? -1 : 1,
  );
}

const without = (column: Column, deal: Deal): Column => ({
  count: column.count - 1,
  totals: withTotal(column.totals, deal, -1),
  deals: column.deals.filter((card) => card.id !== deal.id),
});

const adding = (column: Column, deal: Deal): Column => ({
  count: column.count + 1,
  totals: withTotal(column.totals, deal, 1),
  deals: [deal, ...column.deals],
});

/**
 * The board as it will look once the move is stored: shown at once, and put back if the move
 * is refused. The card leaves its column and tops the new one; counts and totals follow.
 */
export function moveOnBoard(board: Board, deal: Deal, target: DropTarget): Board {
  const from = targetOf(deal);
  if (sameTarget(from, target)) return board;
  const moved: Deal =
    target.kind === 'stage'
      ? {
          ...deal,
          status: 'open',
          stageId: target.stageId,
          stageName: board.stages.find((c) => c.stage.id === target.stageId)?.stage.name ?? deal.stageName,
          probability:
            board.stages.find((c) => c.stage.id === target.stageId)?.stage.probability ?? deal.probability,
        }
      : { ...deal, status: target.kind };
  const update = (column: Column, at: DropTarget): Column => {
    if (sameTarget(at, from)) return without(column, deal);
    if (sameTarget(at, target)) return adding(column, moved);
    return column;
  };
  return {
    stages: board.stages.map((column) => ({
      ...column,
      ...update(column, { kind: 'stage', stageId: column.stage.id }),
    })),
    won: update(board.won, { kind: 'won' }),
    lost: update(board.lost, { kind: 'lost' }),
  };
}
