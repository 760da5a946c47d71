import type { Deal, DealPatch, DealStage, dealsProcedures } from '../../../../shared/deals/contract';
import { CrmError } from '../../../../shared/errors';
import type { EventData } from '../../../../shared/events';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import { contactIssue } from '../contacts/customer-references';
import type { CustomerScope } from '../contacts/visibility';
import type { DealFields } from './repository';

type Issue = { path: string[]; message: string };
type Reference = 'stageId' | 'contactId' | 'companyId' | 'ownerId';

/** Board columns show this many cards unless the caller asks for another number. */
const PER_COLUMN = 50;

export function dealsHandlers(ctx: CoreContext): HandlersFor<keyof typeof dealsProcedures> {
  /** Deals are customer data: those who may see the deal's customer hear of a change. */
  const changed = (deal: Deal, action: EventData<'deal.changed'>['action']) => {
    ctx.events.emit(
      'deal.changed',
      { id: deal.id, action, version: deal.version, contactId: deal.contactId },
      ctx.customers.audienceOf(deal.contactId),
    );
    return deal;
  };

  /** A deal as this caller may see it: a customer hidden from them is left out, name and all. */
  const shown = (deal: Deal, scope: CustomerScope): Deal =>
    deal.contactId === null || ctx.customers.canSee(scope, deal.contactId)
      ? deal
      : { ...deal, contactId: null, contactName: null };

  const invalid = (issues: Issue[]) => new CrmError('VALIDATION', 'Some fields are not valid.', { issues });

  /** Why a deal may not be linked to this contact, or null: it must exist, be visible, not be in the trash. */
  const visibleContactIssue = (contactId: number, scope: CustomerScope): string | null =>
    ctx.customers.canSee(scope, contactId) ? contactIssue(ctx.contacts, contactId) : 'no such contact';

  /** A stage a deal may be put in: one of the current stages. */
  function openStage(stageId: number, path: string[]): DealStage {
    const stage = ctx.deals.stage(stageId);
    if (!stage || stage.removed) throw invalid([{ path, message: 'no such stage' }]);
    return stage;
  }

  function firstStage(): DealStage {
    const [first] = ctx.deals.stages().stages;
    // The stage list is never saved empty, so this only guards a hand-edited database.
    if (!first) throw new CrmError('INTERNAL', 'The pipeline has no stages.');
    return first;
  }

  /**
   * The references of a deal as it would be stored that are new (all of them for a new deal);
   * VALIDATION naming every bad one. A reference kept as it was is not checked again, so a deal
   * whose contact went to the trash or whose owner left can still be edited.
   */
  function check(fields: DealFields, before: Deal | null, prefix: string[], scope: CustomerScope): void {
    const isNew = (key: Reference) => before === null || fields[key] !== before[key];
    const issues: Issue[] = [];
    if (isNew('stageId')) {
      const stage = ctx.deals.stage(fields.stageId);
      if (!stage || stage.removed) issues.push({ path: ['stageId'], message: 'no such stage' });
    }
    if (fields.contactId !== null && isNew('contactId')) {
      const message = visibleContactIssue(fields.contactId, scope);
      if (message) issues.push({ path: ['contactId'], message });
    }
    if (fields.companyId !== null && isNew('companyId') && !ctx.contacts.hasCompany(fields.companyId)) {
      issues.push({ path: ['companyId'], message: 'no such company' });
    }
    if (isNew('ownerId') && !ctx.users.get(fields.ownerId)?.active) {
      issues.push({ path: ['ownerId'], message: 'no such active user' });
    }
    if (issues.length > 0) {
      throw invalid(issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })));
    }
  }

  /**
   * The patched fields; a new stage brings its probability unless the patch names one. A contact
   * hidden from the caller was shown as none: clearing "none" keeps it as stored.
   */
  function merge(current: Deal, seen: Deal, patch: DealPatch): DealFields {
    const stageId = patch.stageId ?? current.stageId;
    const stageProbability =
      stageId === current.stageId ? current.probability : (ctx.deals.stage(stageId)?.probability ?? 0);
    const keepContact =
      patch.contactId === undefined || (patch.contactId === null && seen.contactId === null);
    return {
      title: patch.title ?? current.title,
      amount: patch.amount ?? current.amount,
      currency: patch.currency ?? current.currency,
      stageId,
      expectedClose: patch.expectedClose === undefined ? current.expectedClose : patch.expectedClose,
      probability: patch.probability ?? stageProbability,
      ownerId: patch.ownerId ?? current.ownerId,
      contactId: keepContact ? current.contactId : (patch.contactId ?? null),
      companyId: patch.companyId === undefined ? current.companyId : patch.companyId,
      custom:
        patch.custom === undefined
          ? current.custom
          : ctx.customFields.check('deal', patch.custom, current.custom, ['patch', 'custom']),
    };
  }

  return {
    'deals.create': (input, call) => {
      const userId = call.session!.user.id;
      const stage = input.stageId === undefined ? firstStage() : openStage(input.stageId, ['stageId']);
      const fields: DealFields = {
        title: input.title,
        amount: input.amount,
        currency: input.currency,
        stageId: stage.id,
        expectedClose: input.expectedClose ?? null,
        probability: input.probability ?? stage.probability,
        ownerId: input.ownerId ?? userId,
        contactId: input.contactId ?? null,
        companyId: input.companyId ?? null,
        custom: ctx.customFields.check('deal', input.custom ?? {}),
      };
      check(fields, null, [], call.scope);
      return changed(ctx.deals.create(fields, userId, ctx.now()), 'created');
    },
    'deals.get': ({ id }, call) => shown(ctx.deals.get(id), call.scope),
    'deals.update': ({ id, version, patch }, call) => {
      const current = ctx.deals.get(id);
      const fields = merge(current, shown(current, call.scope), patch);
      if (fields.stageId !== current.stageId && current.status !== 'open') {
        throw invalid([{ path: ['patch', 'stageId'], message: 'reopen the deal to change its stage' }]);
      }
      check(fields, current, ['patch'], call.scope);
      const updated = ctx.deals.update(id, version, fields, call.session!.user.id, ctx.now());
      return shown(changed(updated, 'updated'), call.scope);
    },
    'deals.delete': ({ id, version }) => ({ id: changed(ctx.deals.delete(id, version), 'deleted').id }),
    'deals.move': ({ id, version, stageId }, call) => {
      const stage = openStage(stageId, ['stageId']);
      const current = ctx.deals.get(id);
      const userId = call.session!.user.id;
      if (current.status !== 'open') {
        return shown(
          changed(ctx.deals.reopen(id, version, stage, userId, ctx.now()), 'reopened'),
          call.scope,
        );
      }
      if (stageId === current.stageId) return shown(current, call.scope);
      const moved = ctx.deals.update(id, version, merge(current, current, { stageId }), userId, ctx.now());
      return shown(changed(moved, 'moved'), call.scope);
    },
    'deals.close': ({ id, version, outcome, reason }, call) => {
      const closed = ctx.deals.close(id, version, outcome, reason || null, call.session!.user.id, ctx.now());
      return shown(changed(closed, outcome), call.scope);
    },
    'deals.reopen': ({ id, version }, call) => {
      const previous = ctx.deals.stage(ctx.deals.get(id).stageId);
      const stage = previous && !previous.removed ? previous : firstStage();
      const reopened = ctx.deals.reopen(id, version, stage, call.session!.user.id, ctx.now());
      return shown(changed(reopened, 'reopened'), call.scope);
    },
    'deals.list': ({ cursor, limit, sort = 'updatedAt', order, filter = {} }, call) => {
      if (filter.contactId !== undefined && !ctx.customers.canSee(call.scope, filter.contactId)) {
        throw new CrmError('NOT_FOUND', 'This contact does not exist.', { id: filter.contactId });
      }
      const page = ctx.deals.list({
        filter,
        sort,
        order: order ?? (sort === 'updatedAt' || sort === 'amount' ? 'desc' : 'asc'),
        cursor: cursor ?? null,
        limit: limit ?? 50,
      });
      return { ...page, items: page.items.map((deal) => shown(deal, call.scope)) };
    },
    'deals.board': ({ ownerId, perColumn = PER_COLUMN }, call) => {
      const totals = ctx.deals.totals(ownerId);
      const deals = ctx.deals.boardDeals(perColumn, ownerId);
      const visible = (list: Deal[]) => list.map((deal) => shown(deal, call.scope));
      return {
        stages: ctx.deals.stages().stages.map((stage, index) => ({
          stage,
          count: totals.stages[index]!.count,
          totals: totals.stages[index]!.totals,
          deals: visible(deals.stages.get(stage.id) ?? []),
        })),
        won: { ...totals.won, deals: visible(deals.won) },
        lost: { ...totals.lost, deals: visible(deals.lost) },
      };
    },
    'deals.totals': ({ ownerId }) => ctx.deals.totals(ownerId),
    'deals.stages.list': () => ctx.deals.stages(),
    'deals.stages.save': (input) => {
      const saved = ctx.deals.saveStages(input, ctx.now());
      ctx.events.emit('dealStages.changed', { version: saved.version });
      return saved;
    },
  };
}
