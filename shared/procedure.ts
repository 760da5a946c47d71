import type { z } from 'zod';
import type { ProcedureModule } from './catalogue';
import type { Role } from './roles';

/**
 * `read` procedures only look at data. When the licence has ended (trial over, subscription
 * expired), a module's reads stay open, so its data stays readable and exportable, and its
 * writes are refused with MODULE_LOCKED. Unmarked procedures count as writes.
 */
export type ProcedureAccess = 'read' | 'write';

/**
 * A procedure's contract: the one declaration every transport and the UI rely on.
 * `lowestRole: null` marks the few procedures callable without a session (setup, login).
 */
export interface ProcedureDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  module: ProcedureModule;
  lowestRole: Role | null;
  access?: ProcedureAccess;
  /**
   * The input field holding the id of the customer (contact) the call is about. Dispatch answers
   * NOT_FOUND when the caller may not see that customer (shared/company/contract.ts), before the
   * handler runs, so no module can forget the visibility rule.
   */
  contactRef?: string;
  input: I;
  output: O;
}

export function procedure<I extends z.ZodType, O extends z.ZodType>(
  def: ProcedureDef<I, O>,
): ProcedureDef<I, O> {
  return def;
}
