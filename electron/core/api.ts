import type { z } from 'zod';
import type { ModuleId } from '../../shared/catalogue';
import { procedures as contract, type ProcedureName, type Procedures } from '../../shared/contract';
import type { ProcedureAccess, ProcedureDef } from '../../shared/procedure';
import { CrmError, type CrmErrorShape } from '../../shared/errors';
import { MAX_INPUT_BYTES } from '../../shared/limits';
import { roleAtLeast } from '../../shared/roles';
import type { Session } from './modules/auth/sessions';
import {
  ALL_CUSTOMERS,
  NO_CUSTOMERS,
  type CustomerScope,
  type CustomerVisibility,
} from './modules/contacts/visibility';

/** What a transport knows about one call. */
export interface CallContext {
  token?: string | null;
  remoteAddress?: string | null;
  /** Size of the raw request as the transport received it, when it measured one. */
  inputBytes?: number;
}

export interface HandlerCall {
  session: Session | null;
  remoteAddress: string | null;
  /** The customers this caller may see; lists and searches of customers apply it. */
  scope: CustomerScope;
}

type InputOf<N extends ProcedureName> = z.output<Procedures[N]['input']>;
type OutputOf<N extends ProcedureName> = z.input<Procedures[N]['output']>;

export type Handler<N extends ProcedureName> = (
  input: InputOf<N>,
  call: HandlerCall,
) => OutputOf<N> | Promise<OutputOf<N>>;

export type HandlersFor<Names extends ProcedureName> = { [N in Names]: Handler<N> };
export type Handlers = HandlersFor<ProcedureName>;

export type DispatchResult = { ok: true; result: unknown } | { ok: false; error: CrmErrorShape };

export interface DispatchDeps {
  handlers: Handlers;
  /** The contract to dispatch by; tests may add procedures of their own. */
  procedures?: Record<string, ProcedureDef>;
  resolveSession(token: string): Session | null;
  /**
   * The licence's gate: false answers MODULE_LOCKED; it may instead throw a CrmError that says
   * more (the trial has ended, the clock was set back).
   */
  isModuleEnabled(module: ModuleId, access: ProcedureAccess): boolean;
  /** The company's customer visibility rule; without it every signed-in caller sees all. */
  customers?: Pick<CustomerVisibility, 'scopeFor' | 'canSee'>;
  /** Parse outputs against the contract too; on in development and tests. */
  checkOutputs: boolean;
  logError(error: unknown, name: string): void;
}

export function createDispatch(deps: DispatchDeps) {
  return async function dispatch(
    call: CallContext,
    name: string,
    rawInput: unknown,
  ): Promise<DispatchResult> {
    try {
      return { ok: true, result: await run(deps, call, name, rawInput) };
    } catch (error) {
      if (error instanceof CrmError) return { ok: false, error: error.toShape() };
      deps.logError(error, name);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side.' } };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatch>;

async function run(deps: DispatchDeps, call: CallContext, name: string, rawInput: unknown): Promise<unknown> {
  const registry: Record<string, ProcedureDef> = deps.procedures ?? contract;
  const def = Object.hasOwn(registry, name) ? registry[name] : undefined;
  if (!def) throw new CrmError('NOT_FOUND', `Unknown procedure "${name}".`);
  if (call.inputBytes !== undefined && call.inputBytes > MAX_INPUT_BYTES) {
    throw new CrmError('PAYLOAD_TOO_LARGE', `A request may carry at most ${MAX_INPUT_BYTES} bytes.`, {
      limit: MAX_INPUT_BYTES,
    });
  }
  let session: Session | null = null;
  if (def.lowestRole !== null) {
    session = call.token ? deps.resolveSession(call.token) : null;
    if (!session) throw new CrmError('UNAUTHENTICATED', 'Please sign in.');
    if (!roleAtLeast(session.user.role, def.lowestRole)) {
      throw new CrmError('FORBIDDEN', 'Your role does not allow this.', { required: def.lowestRole });
    }
  }
  if (def.module !== 'core' && !deps.isModuleEnabled(def.module, def.access ?? 'write')) {
    throw new CrmError('MODULE_LOCKED', `The ${def.module} module is not part of your licence.`, {
      module: def.module,
    });
  }
  const parsed = def.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    throw new CrmError('VALIDATION', 'Some fields are not valid.', {
      // An unknown field is named in its own path, so the UI can point at it like any other.
      issues: parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({ path: [...issue.path.map(String), key], message: issue.message }))
          : [{ path: issue.path.map(String), message: issue.message }],
      ),
    });
  }
  const scope = !session ? NO_CUSTOMERS : (deps.customers?.scopeFor(session.user) ?? ALL_CUSTOMERS);
  const contactId = def.contactRef ? (parsed.data as Record<string, unknown>)[def.contactRef] : undefined;
  if (typeof contactId === 'number' && deps.customers && !deps.customers.canSee(scope, contactId)) {
    // The same answer as for a customer that does not exist: nothing leaks about it.
    throw new CrmError('NOT_FOUND', 'This contact does not exist.', { id: contactId });
  }
  const handler = (deps.handlers as Record<string, (input: unknown, call: HandlerCall) => unknown>)[name];
  if (!handler) throw new CrmError('NOT_FOUND', `Procedure "${name}" has no handler.`);
  const result = await handler(parsed.data, { session, remoteAddress: call.remoteAddress ?? null, scope });
  return deps.checkOutputs ? def.output.parse(result) : result;
}
