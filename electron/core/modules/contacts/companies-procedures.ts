import type { companiesProcedures } from '../../../../shared/companies/contract';
import type { HandlersFor, HandlerCall } from '../../api';
import type { CoreContext } from '../../context';

/**
 * A company page gathers its contacts' follow-ups; a caller who may not see one of those
 * contacts (shared/company/contract.ts) must not see what is planned with them either.
 * Pages may come out shorter; their cursor follows every row read, so the list still moves on.
 */
export function companiesHandlers(ctx: CoreContext): HandlersFor<keyof typeof companiesProcedures> {
  const maySee = (call: HandlerCall, contactId: number | null) =>
    contactId === null || ctx.customers.canSee(call.scope, contactId);

  return {
    'companies.get': ({ id }) => ctx.companies.get(id),
    'companies.contacts': ({ companyId, cursor, limit }, call) => {
      ctx.companies.get(companyId);
      const found = ctx.companies.contacts(companyId, cursor ?? null, limit ?? 50);
      return { ...found, items: found.items.filter((item) => maySee(call, item.id)) };
    },
    'companies.followups': ({ companyId, cursor, limit }, call) => {
      ctx.companies.get(companyId);
      const found = ctx.followups.listForCompany(companyId, cursor ?? null, limit ?? 50);
      return { ...found, items: found.items.filter((item) => maySee(call, item.contactId)) };
    },
  };
}
