import type { z } from 'zod';
import type { ProcedureModule } from './catalogue';
import type { Role } from './roles';

/**
 * A procedure's contract: the one declaration every transport and the UI rely on.
 * `lowestRole: null` marks the few procedures callable without a session (setup, login).
 */
export interface ProcedureDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  module: ProcedureModule;
  lowestRole: Role | null;
  input: I;
  output: O;
}

export function procedure<I extends z.ZodType, O extends z.ZodType>(
  def: ProcedureDef<I, O>,
): ProcedureDef<I, O> {
  return def;
}
