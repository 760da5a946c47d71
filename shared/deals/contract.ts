import { z } from 'zod';
import { calendarDay } from '../calendar-day';
import { customValues } from '../custom-fields/contract';
import { page, pageCursor, pageLimit } from '../paging';
import { procedure } from '../procedure';

const id = z.number().int().positive();
const version = z.number().int().positive();

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];
export const DEAL_OUTCOMES = ['won', 'lost'] as const;
export type DealOutcome = (typeof DEAL_OUTCOMES)[number];

/** An ISO 4217 code (CNY, USD, JPY); the UI offers the codes its runtime knows. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'a three-letter upper-case currency code');
/** Integer minor units of the deal's currency (fen, cents; yen have none). */
export const minorAmount = z.number().int().min(0);
export const probability = z.number().int().min(0).max(100);

const closeReason = z.string().trim().max(500);

const dealFields = {
  title: z.string().trim().min(1).max(200),
  amount: minorAmount,
  currency: currencyCode,
  /** The first stage when left out. */
  stageId: id.optional(),
  expectedClose: calendarDay.nullable().optional(),
  /** The stage's default probability when left out. */
  probability: probability.optional(),
  /** The caller when left out. */
  ownerId: id.optional(),
  contactId: id.nullable().optional(),
  companyId: id.nullable().optional(),
  custom: customValues.optional(),
};

export const dealInput = z.object(dealFields).strict();
export type DealInput = z.infer<typeof dealInput>;

export const dealPatch = z.object(dealFields).partial().strict();
export type DealPatch = z.infer<typeof dealPatch>;

export const deal = z.object({
  id,
  title: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  /** For a closed deal, the stage it was closed from. */
  stageId: id,
  stageName: z.string(),
  status: z.enum(DEAL_STATUSES),
  closeReason: z.string().nullable(),
  closedAt: z.number().int().nullable(),
  expectedClose: z.string().nullable(),
  probability: z.number().int(),
  ownerId: id,
  ownerName: z.string(),
  contactId: id.nullable(),
  contactName: z.string().nullable(),
  companyId: id.nullable(),
  companyName: z.string().nullable(),
  custom: customValues,
  createdBy: id,
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  version,
});
export type Deal = z.infer<typeof deal>;

export const dealStage = z.object({
  id,
  name: z.string(),
  /** What a deal entering this stage is given as its probability. */
  probability: z.number().int(),
});
export type DealStage = z.infer<typeof dealStage>;

/** The open stages in board order; `version` guards the whole list against concurrent edits. */
export const dealStages = z.object({ version, stages: z.array(dealStage) });
export type DealStages = z.infer<typeof dealStages>;

export const MAX_STAGES = 20;

export const stagesInput = z
  .object({
    version,
    /** The whole list in its new order: an id keeps (renames) a stage, no id adds one. */
    stages: z
      .array(z.object({ id: id.optional(), name: z.string().trim().min(1).max(60), probability }).strict())
      .min(1)
      .max(MAX_STAGES),
  })
  .strict()
  .superRefine(({ stages }, ctx) => {
    const seenNames = new Set<string>();
    const seenIds = new Set<number>();
    stages.forEach((stage, index) => {
      const key = stage.name.toLocaleLowerCase();
      if (seenNames.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', index, 'name'],
          message: 'a stage of this name exists',
        });
      }
      seenNames.add(key);
      if (stage.id !== undefined && seenIds.has(stage.id)) {
        ctx.addIssue({ code: 'custom', path: ['stages', index, 'id'], message: 'listed twice' });
      }
      if (stage.id !== undefined) seenIds.add(stage.id);
    });
  });
export type StagesInput = z.infer<typeof stagesInput>;

/** What deals in one currency add up to; weighted by each open deal's probability. */
export const currencyTotal = z.object({
  currency: z.string(),
  count: z.number().int(),
  amount: z.number().int(),
  /** Sum of amount × probability / 100, rounded to whole minor units. */
  weighted: z.number().int(),
});
export type CurrencyTotal = z.infer<typeof currencyTotal>;

/** Totals per open stage (board order), and of won and of lost deals; each per currency. */
export const pipelineTotals = z.object({
  stages: z.array(z.object({ stageId: id, count: z.number().int(), totals: z.array(currencyTotal) })),
  won: z.object({ count: z.number().int(), totals: z.array(currencyTotal) }),
  lost: z.object({ count: z.number().int(), totals: z.array(currencyTotal) }),
});
export type PipelineTotals = z.infer<typeof pipelineTotals>;

const boardColumn = z.object({
  count: z.number().int(),
  totals: z.array(currencyTotal),
  /** The first `perColumn` deals; `count` says how many there are in all. */
  deals: z.array(deal),
});
export type BoardColumn = z.infer<typeof boardColumn>;

export const DEAL_SORTS = ['updatedAt', 'expectedClose', 'amount', 'title'] as const;
export type DealSort = (typeof DEAL_SORTS)[number];

const dealFilter = z
  .object({
    status: z.enum(DEAL_STATUSES).optional(),
    stageId: id.optional(),
    ownerId: id.optional(),
    contactId: id.optional(),
  })
  .strict();
export type DealFilter = z.infer<typeof dealFilter>;

const byVersion = z.object({ id, version }).strict();

export const dealsProcedures = {
  'deals.create': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    contactRef: 'contactId',
    input: dealInput,
    output: deal,
  }),
  'deals.get': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ id }).strict(),
    output: deal,
  }),
  'deals.update': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    input: z.object({ id, version, patch: dealPatch }).strict(),
    output: deal,
  }),
  'deals.delete': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    input: byVersion,
    output: z.object({ id }),
  }),
  /** Into another stage (drag and drop); a closed deal moved into a stage is open again. */
  'deals.move': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    input: z.object({ id, version, stageId: id }).strict(),
    output: deal,
  }),
  /** Won or lost: a lost deal needs its reason, a won one may have one. */
  'deals.close': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    input: z
      .object({ id, version, outcome: z.enum(DEAL_OUTCOMES), reason: closeReason.optional() })
      .strict()
      .superRefine((input, ctx) => {
        if (input.outcome === 'lost' && !input.reason) {
          ctx.addIssue({ code: 'custom', path: ['reason'], message: 'say why the deal was lost' });
        }
      }),
    output: deal,
  }),
  /** Open again in the stage it was closed from (the first stage if that one was removed). */
  'deals.reopen': procedure({ module: 'contacts', lowestRole: 'staff', input: byVersion, output: deal }),
  'deals.list': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: z
      .object({
        cursor: pageCursor,
        limit: pageLimit,
        sort: z.enum(DEAL_SORTS).optional(),
        order: z.enum(['asc', 'desc']).optional(),
        filter: dealFilter.optional(),
      })
      .strict(),
    output: page(deal),
  }),
  /** The board: open deals per stage, and the latest won and lost, each column with its totals. */
  'deals.board': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: z
      .object({ ownerId: id.optional(), perColumn: z.number().int().min(1).max(200).optional() })
      .strict(),
    output: z.object({
      stages: z.array(boardColumn.extend({ stage: dealStage })),
      won: boardColumn,
      lost: boardColumn,
    }),
  }),
  'deals.totals': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ ownerId: id.optional() }).strict(),
    output: pipelineTotals,
  }),
  'deals.stages.list': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({}).strict(),
    output: dealStages,
  }),
  'deals.stages.save': procedure({
    module: 'contacts',
    lowestRole: 'admin',
    input: stagesInput,
    output: dealStages,
  }),
};
