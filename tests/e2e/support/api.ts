import { expect, type APIRequestContext } from '@playwright/test';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';

/**
 * Another seat of the same company, talking to the host directly: it makes the changes a
 * colleague would make while the user under test has the app open.
 */
export class Colleague {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  static async signIn(request: APIRequestContext, username: string, password: string): Promise<Colleague> {
    const response = await request.post('/api/rpc/auth.login', { data: { input: { username, password } } });
    expect(response.ok()).toBe(true);
    const { result } = (await response.json()) as { result: ProcedureOutput<'auth.login'> };
    return new Colleague(request, result.token);
  }

  /** The HTTP status of a call, for calls that are expected to be refused. */
  async status<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<number> {
    const response = await this.request.post(`/api/rpc/${name}`, {
      data: { input },
      headers: { Authorization: `Bearer ${this.token}` },
    });
    return response.status();
  }

  async call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>> {
    const response = await this.request.post(`/api/rpc/${name}`, {
      data: { input },
      headers: { Authorization: `Bearer ${this.token}` },
    });
    expect(response.ok(), await response.text()).toBe(true);
    return ((await response.json()) as { result: ProcedureOutput<N> }).result;
  }
}
