import { expect } from 'vitest';
import type { CallContext, DispatchResult } from '../../../electron/core/api';
import { createCore, type Core, type CoreOptions } from '../../../electron/core/core';
import { hashPassword } from '../../../electron/core/modules/auth/password';
import type { User } from '../../../shared/auth/contract';
import type { ContactInput } from '../../../shared/contacts/contract';
import {
  procedures,
  type ProcedureInput,
  type ProcedureName,
  type ProcedureOutput,
} from '../../../shared/contract';
import type { CrmErrorShape, ErrorCode } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Monday 6 January 2025, 09:00 UTC: every test core starts here unless told otherwise. */
export const START = Date.UTC(2025, 0, 6, 9, 0, 0);

/** A clock the test moves by hand. */
export interface Clock {
  now(): number;
  advance(ms: number): void;
  set(ms: number): void;
}

export function createClock(start = START): Clock {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
    set: (ms) => {
      time = ms;
    },
  };
}

/** The result of a call that must have succeeded; fails the test with the error otherwise. */
export function expectOk(result: DispatchResult): unknown {
  if (!result.ok) {
    throw new Error(
      `expected success, got ${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.details ?? {})}`,
    );
  }
  return result.result;
}

/** The error of a call that must have failed with `code`. */
export function expectError(result: DispatchResult, code: ErrorCode): CrmErrorShape {
  if (result.ok) throw new Error(`expected ${code}, got success: ${JSON.stringify(result.result)}`);
  expect(result.error.code, result.error.message).toBe(code);
  return result.error;
}

/** The typed output of a successful call, checked against the contract. */
export function outputOf<N extends ProcedureName>(name: N, result: DispatchResult): ProcedureOutput<N> {
  return procedures[name].output.parse(expectOk(result)) as ProcedureOutput<N>;
}

/** Paths of the validation issues of an error, joined with dots (`phones.1`). */
export function issuePaths(error: CrmErrorShape): string[] {
  const issues = error.details?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.map((issue: unknown) => {
    const path = (issue as { path?: unknown }).path;
    return Array.isArray(path) ? path.join('.') : '';
  });
}

export const OWNER = {
  companyName: 'Acme Trading',
  ownerName: 'Olivia Owner',
  username: 'olivia',
  password: 'owner-password-1',
} as const;

export interface TestUser {
  user: User;
  token: string;
}

export interface LoggedError {
  error: unknown;
  procedure: string;
}

export interface TestCore {
  core: Core;
  clock: Clock;
  owner: TestUser;
  /** Errors the core handed to logError. */
  logged: LoggedError[];
  /** A call that must succeed, as the owner unless another token is given. */
  call<N extends ProcedureName>(
    name: N,
    input: ProcedureInput<N>,
    token?: string,
  ): Promise<ProcedureOutput<N>>;
  /** Any call, with any input, as the owner unless `call` says otherwise. */
  raw(name: string, input: unknown, call?: CallContext): Promise<DispatchResult>;
  /** A call that must fail with `code`. */
  fail(name: string, input: unknown, code: ErrorCode, call?: CallContext): Promise<CrmErrorShape>;
  /** A user added straight to the database (there is no procedure for it yet), signed in. */
  addUser(role: Role, username: string, password?: string): Promise<TestUser>;
  /** Deactivates a user straight in the database (there is no procedure for it yet). */
  deactivate(userId: number): void;
}

const openCores = new Set<Core>();

/** Closes every core opened by `startCore`/`setupCore`; call from afterEach. */
export function closeCores(): void {
  for (const core of openCores) core.close();
  openCores.clear();
}

export interface StartOptions extends Omit<CoreOptions, 'now' | 'logError'> {
  clock?: Clock;
}

/** A core on a fresh in-memory database (or the given file), not set up yet. */
export function startCore(options: StartOptions = {}): { core: Core; clock: Clock; logged: LoggedError[] } {
  const clock = options.clock ?? createClock();
  const logged: LoggedError[] = [];
  const { clock: _clock, ...rest } = options;
  const core = createCore({
    file: ':memory:',
    // Sign-in slow-downs answer at once; a test that measures them passes its own `sleep`.
    sleep: async () => {},
    ...rest,
    now: clock.now,
    logError: (error, procedure) => logged.push({ error, procedure }),
  });
  openCores.add(core);
  return { core, clock, logged };
}

/** A core whose company is set up, with the owner signed in. */
export async function setupCore(options: StartOptions = {}): Promise<TestCore> {
  const { core, clock, logged } = startCore(options);
  const setup = outputOf('auth.setup', await core.dispatch({}, 'auth.setup', OWNER));
  const owner: TestUser = { user: setup.user, token: setup.token };

  const raw = (name: string, input: unknown, call: CallContext = { token: owner.token }) =>
    core.dispatch(call, name, input);

  return {
    core,
    clock,
    owner,
    logged,
    raw,
    call: async (name, input, token = owner.token) =>
      outputOf(name, await core.dispatch({ token }, name, input)),
    fail: async (name, input, code, call) => expectError(await raw(name, input, call), code),
    addUser: async (role, username, password) => {
      // A hash that no password verifies, for users who never sign in by password.
      const passwordHash = password === undefined ? 'disabled' : await hashPassword(password);
      const user = core.context.users.create(
        { username, displayName: `${username} (${role})`, role, passwordHash },
        clock.now(),
      );
      return { user, token: core.context.sessions.create(user.id) };
    },
    deactivate: (userId) => {
      core.context.db.prepare('UPDATE users SET active = 0 WHERE id = ?').run(userId);
    },
  };
}

/** A contact with just a name, plus whatever the test adds. */
export function contact(name: string, extra: Partial<ContactInput> = {}): ContactInput {
  return { name, ...extra };
}

/** Names of a list of contacts, in order. */
export const names = (items: readonly { name: string }[]): string[] => items.map((item) => item.name);
/** Ids of a list of contacts, in order. */
export const ids = (items: readonly { id: number }[]): number[] => items.map((item) => item.id);
