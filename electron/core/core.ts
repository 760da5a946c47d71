import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleId } from '../../shared/catalogue';
import { createDispatch, type Dispatch, type Handlers } from './api';
import type { CoreContext } from './context';
import { closeDatabase, openDatabase } from './db/database';
import { EventBus } from './events';
import { authHandlers } from './modules/auth/procedures';
import { createSessionStore } from './modules/auth/sessions';
import { createCompanyRepository } from './modules/company/repository';
import { contactsHandlers } from './modules/contacts/procedures';
import { createContactRepository } from './modules/contacts/repository';
import { usersHandlers } from './modules/users/procedures';
import { createUserRepository } from './modules/users/repository';

export const DATABASE_FILE = 'company.db';

export interface CoreOptions {
  /** Folder holding the company database; `file` overrides it (':memory:' in tests). */
  dataDir?: string;
  file?: string;
  nativeBinding?: string;
  now?: () => number;
  /** Until licences land (issue 3) every module is enabled; tests pass their own rule. */
  isModuleEnabled?: (module: ModuleId) => boolean;
  logError?: (error: unknown, procedure: string) => void;
}

export interface Core {
  dispatch: Dispatch;
  events: EventBus;
  context: CoreContext;
  close(): void;
}

export function createCore(options: CoreOptions): Core {
  let file = options.file;
  if (!file) {
    if (!options.dataDir) throw new Error('createCore needs a dataDir or a file');
    mkdirSync(options.dataDir, { recursive: true });
    file = join(options.dataDir, DATABASE_FILE);
  }
  const db = openDatabase(file, { nativeBinding: options.nativeBinding });
  const now = options.now ?? Date.now;
  const events = new EventBus();
  const context: CoreContext = {
    db,
    now,
    events,
    company: createCompanyRepository(db),
    users: createUserRepository(db),
    sessions: createSessionStore(db, now),
    contacts: createContactRepository(db),
  };
  const handlers: Handlers = {
    ...authHandlers(context),
    ...usersHandlers(context),
    ...contactsHandlers(context),
  };
  const dispatch = createDispatch({
    handlers,
    resolveSession: (token) => context.sessions.resolve(token),
    isModuleEnabled: options.isModuleEnabled ?? (() => true),
    checkOutputs: process.env.NODE_ENV !== 'production',
    logError: options.logError ?? ((error, name) => console.error(`[${name}]`, error)),
  });
  return { dispatch, events, context, close: () => closeDatabase(db) };
}
