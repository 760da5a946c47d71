import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RELEASE_DATE } from '../../shared/release';
import { createDispatch, type Dispatch, type DispatchDeps, type Handlers } from './api';
import type { CoreContext } from './context';
import { closeDatabase, openDatabase } from './db/database';
import { EventBus } from './events';
import { authHandlers } from './modules/auth/procedures';
import { createSessionStore } from './modules/auth/sessions';
import { createCompanyRepository } from './modules/company/repository';
import { createContactChangeRepository } from './modules/contacts/changes-repository';
import { contactsHandlers } from './modules/contacts/procedures';
import { createContactRepository } from './modules/contacts/repository';
import { followupsHandlers } from './modules/followups/procedures';
import { createFollowupRepository } from './modules/followups/repository';
import { appKeyring, keyringEnvironment } from './modules/license/keyring';
import { licenseHandlers } from './modules/license/procedures';
import { createLicenseRepository } from './modules/license/repository';
import { REVOKED_LICENSE_IDS } from './modules/license/revoked';
import { createLicenseService, type LicenseOptions } from './modules/license/service';
import { createTimeline } from './modules/timeline/registry';
import { timelineHandlers } from './modules/timeline/procedures';
import { usersHandlers } from './modules/users/procedures';
import { createUserRepository } from './modules/users/repository';

export const DATABASE_FILE = 'company.db';

/** Every module's handlers: add a module's here and nowhere else. */
export function allHandlers(context: CoreContext): Handlers {
  return {
    ...authHandlers(context),
    ...usersHandlers(context),
    ...licenseHandlers(context),
    ...contactsHandlers(context),
    ...followupsHandlers(context),
    ...timelineHandlers(context),
  };
}

export interface CoreOptions {
  /** Folder holding the company database; `file` overrides it (':memory:' in tests). */
  dataDir?: string;
  file?: string;
  nativeBinding?: string;
  now?: () => number;
  /** Waits before a slowed-down answer; a real timer unless a test passes its own. */
  sleep?: (ms: number) => Promise<void>;
  /** A packaged app: the licence keyring is the vendor's alone, whatever the environment says. */
  packaged?: boolean;
  /**
   * The licence's keyring, release day and revoked ids; by default the embedded ones, the
   * keyring chosen by `packaged`, NODE_ENV and CRM_LICENSE_KEYRING (modules/license/keyring.ts).
   */
  license?: Partial<LicenseOptions>;
  /** Replaces the licence's module gate; for tests of dispatch. */
  isModuleEnabled?: DispatchDeps['isModuleEnabled'];
  logError?: (error: unknown, procedure: string) => void;
  /** Parse every answer against the contract; on by default outside production. */
  checkOutputs?: boolean;
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
  const company = createCompanyRepository(db);
  const users = createUserRepository(db);
  const license = createLicenseService({
    repository: createLicenseRepository(db),
    now,
    companyCreatedAt: company.createdAt,
    countActiveUsers: users.countActive,
    keyring: options.license?.keyring ?? appKeyring(keyringEnvironment(options.packaged ?? false)),
    releaseDate: options.license?.releaseDate ?? RELEASE_DATE,
    revoked: options.license?.revoked ?? REVOKED_LICENSE_IDS,
  });
  const context: CoreContext = {
    db,
    now,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    events,
    company,
    users,
    sessions: createSessionStore(db, now),
    license,
    contacts: createContactRepository(db),
    contactChanges: createContactChangeRepository(db),
    followups: createFollowupRepository(db),
    timeline: createTimeline(),
  };
  context.timeline.register('contact_change', context.contactChanges.timelineSource);
  context.timeline.register('followup', context.followups.timelineSource);
  const dispatch = createDispatch({
    handlers: allHandlers(context),
    resolveSession: (token) => context.sessions.resolve(token),
    isModuleEnabled: options.isModuleEnabled ?? license.isModuleEnabled,
    checkOutputs: options.checkOutputs ?? process.env.NODE_ENV !== 'production',
    logError: options.logError ?? ((error, name) => console.error(`[${name}]`, error)),
  });
  return { dispatch, events, context, close: () => closeDatabase(db) };
}
