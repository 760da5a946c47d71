import type { Db } from './db/database';
import type { EventBus } from './events';
import type { SessionStore } from './modules/auth/sessions';
import type { CompanyRepository } from './modules/company/repository';
import type { ContactChangeRepository } from './modules/contacts/changes-repository';
import type { ContactRepository } from './modules/contacts/repository';
import type { FollowupRepository } from './modules/followups/repository';
import type { LicenseService } from './modules/license/service';
import type { Timeline } from './modules/timeline/registry';
import type { UserRepository } from './modules/users/repository';

/** What module handlers share: one database, one clock, one push channel. */
export interface CoreContext {
  db: Db;
  now: () => number;
  /** Waits before answering (sign-in slow-down); tests pass one that returns at once. */
  sleep: (ms: number) => Promise<void>;
  events: EventBus;
  company: CompanyRepository;
  users: UserRepository;
  sessions: SessionStore;
  license: LicenseService;
  contacts: ContactRepository;
  contactChanges: ContactChangeRepository;
  followups: FollowupRepository;
  /** Where modules register what they show on a contact's timeline. */
  timeline: Timeline;
}
