/** Where the browser transport keeps its session token between reloads of the tab. */
export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const SESSION_TOKEN_KEY = 'crm.session-token';

export function storageTokenStore(storage: StorageLike): TokenStore {
  return {
    get: () => storage.getItem(SESSION_TOKEN_KEY),
    set: (token) => storage.setItem(SESSION_TOKEN_KEY, token),
    clear: () => storage.removeItem(SESSION_TOKEN_KEY),
  };
}
