import type { ProcedureInput } from '../../../shared/contract';
import type { TestCore } from '../core/helpers';

/** The default stages the migration seeds, in board order. */
export const STAGES = { qualification: 1, needsAnalysis: 2, proposal: 3, negotiation: 4 } as const;

/** A deal of ¥12,500.00 unless the test says otherwise. */
export function dealOf(extra: Partial<ProcedureInput<'deals.create'>> = {}): ProcedureInput<'deals.create'> {
  return { title: 'Router upgrade', amount: 1_250_000, currency: 'CNY', ...extra };
}

/** The deal tables as they are, to show that a refused call changed nothing. */
export const pipelineRows = (t: TestCore) => ({
  deals: t.core.context.db.prepare('SELECT * FROM deals ORDER BY id').all(),
  history: t.core.context.db.prepare('SELECT * FROM deal_history ORDER BY id').all(),
  stages: t.core.context.db.prepare('SELECT * FROM deal_stages ORDER BY id').all(),
  pipeline: t.core.context.db.prepare('SELECT * FROM deal_pipeline').all(),
});
