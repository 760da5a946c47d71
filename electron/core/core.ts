import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RELEASE_DATE } from '../../shared/release';
import { createDispatch, type Dispatch, type DispatchDeps, type Handlers } from './api';
import type { CoreContext } from './context';
import { closeDatabase, openDatabase } from './db/database';
import { EventBus } from './events';
import { createImportThread } from './jobs/import-thread';
import { createJobRunner } from './jobs/job-runner';
import { createTempFiles, tempFilesDir } from './jobs/temp-files';
import { authHandlers } from './modules/auth/procedures';
import { callsHandlers } from './modules/calls/procedures';
import { createCallRepository } from './modules/calls/repository';
import { createSessionStore } from './modules/auth/sessions';
import { companyHandlers } from './modules/company/procedures';
import { createCompanyRepository } from './modules/company/repository';
import { createContactChangeRepository } from './modules/contacts/changes-repository';
import { companiesHandlers } from './modules/contacts/companies-procedures';
import { createCompaniesRepository } from './modules/contacts/companies-repository';
import { duplicatesHandlers } from './modules/contacts/duplicates/duplicates-procedures';
import { createDuplicatesRepository } from './modules/contacts/duplicates/duplicates-repository';
import { createContactLinks } from './modules/contacts/links';
import { createMergeRepository } from './modules/contacts/merge/merge-repository';
import { contactsHandlers } from './modules/contacts/procedures';
import { createContactRepository } from './modules/contacts/repository';
import { searchIndexFile } from './modules/contacts/search-index/attach';
import { createSearchIndexWriter } from './modules/contacts/search-index/writer';
import { createContactShareRepository } from './modules/contacts/shares-repository';
import { createContactStatsRepository } from './modules/contacts/stats-repository';
import { contactTransferHandlers } from './modules/contacts/transfer/transfer-procedures';
import { createImportRunRepository } from './modules/contacts/transfer/import-runs-repository';
import { sharingHandlers } from './modules/contacts/sharing-procedures';
import { createCustomerVisibility } from './modules/contacts/visibility';
import { customFieldsHandlers } from './modules/custom-fields/procedures';
import { createCustomFieldsService } from './modules/custom-fields/service';
import { dashboardHandlers } from './modules/dashboard/procedures';
import { dealsHandlers } from './modules/deals/procedures';
import { createDealRepository } from './modules/deals/repository';
import { followupsHandlers } from './modules/followups/procedures';
import { installationHandlers } from './modules/installation/procedures';
import { createInstallationRepository } from './modules/installation/repository';
import { inventoryHandlers } from './modules/inventory/procedures';
import { createStockLedger } from './modules/inventory/stock/ledger-repository';
import { stockHandlers } from './modules/inventory/stock/procedures';
import { stocktakeHandlers } from './modules/inventory/stocktake/procedures';
import { createStocktakeRepository } from './modules/inventory/stocktake/repository';
import { createProductLinkRepository } from './modules/inventory/product-links-repository';
import { createProductRepository } from './modules/inventory/products-repository';
import { createPurchaseOrderRepository } from './modules/inventory/purchasing/orders-repository';
import { purchasingHandlers } from './modules/inventory/purchasing/procedures';
import { createSupplierRepository } from './modules/inventory/purchasing/suppliers-repository';
import { knowledgeHandlers } from './modules/knowledge/procedures';
import { startReminders } from './modules/followups/reminders';
import { createFollowupRepository } from './modules/followups/repository';
import { appKeyring, keyringEnvironment } from './modules/license/keyring';
import { licenseHandlers } from './modules/license/procedures';
import { createLicenseRepository } from './modules/license/repository';
import { REVOKED_LICENSE_IDS } from './modules/license/revoked';
import { createLicenseService, type LicenseOptions } from './modules/license/service';
import { ordersHandlers } from './modules/orders/procedures';
import { createSalesOrderRepository } from './modules/orders/repository';
import { createTimeline } from './modules/timeline/registry';
import { timelineHandlers } from './modules/timeline/procedures';
import { usersHandlers } from './modules/users/procedures';
import { createUserRepository } from './modules/users/repository';
import { remoteHandlers } from './modules/remote/procedures';
import { createRemoteRepository } from './modules/remote/repository';
import { workOrderAttachmentsHandlers } from './modules/workorders/attachments/procedures';
import { createAttachmentRepository } from './modules/workorders/attachments/repository';
import { createAttachmentStore } from './modules/workorders/attachments/store';
import { workOrdersHandlers } from './modules/workorders/procedures';
import { createWorkOrderThread } from './modules/workorders/thread';
import { createWorkOrderRepository } from './modules/workorders/repository';
import { startSlaBreaches } from './modules/workorders/sla/breaches';
import { workOrderSlaHandlers } from './modules/workorders/sla/procedures';
import { createSlaRepository } from './modules/workorders/sla/repository';
import { createSlaService } from './modules/workorders/sla/service';
import { workOrderReportHandlers } from './modules/workorders/reports/procedures';
import { createWorkOrderReportRepository } from './modules/workorders/reports/repository';
import { workOrderViewsHandlers } from './modules/workorders/views/procedures';
import { createWorkOrderViewRepository } from './modules/workorders/views/repository';

export const DATABASE_FILE = 'company.db';

/** Every module's handlers: add a module's here and nowhere else. */
export function allHandlers(context: CoreContext): Handlers {
  return {
    ...authHandlers(context),
    ...usersHandlers(context),
    ...licenseHandlers(context),
    ...companyHandlers(context),
    ...contactsHandlers(context),
    ...contactTransferHandlers(context),
    ...sharingHandlers(context),
    ...duplicatesHandlers(context),
    ...followupsHandlers(context),
    ...dealsHandlers(context),
    ...timelineHandlers(context),
    ...companiesHandlers(context),
    ...dashboardHandlers(context),
    ...workOrdersHandlers(context),
    ...workOrderSlaHandlers(context),
    ...workOrderReportHandlers(context),
    ...workOrderViewsHandlers(context),
    ...remoteHandlers(context, context.remote),
    ...workOrderAttachmentsHandlers(context, context.attachments, context.attachmentFiles),
    ...customFieldsHandlers(context),
    ...installationHandlers(context),
    ...knowledgeHandlers(context),
    ...inventoryHandlers(context),
    ...stockHandlers(context),
    ...stocktakeHandlers(context),
    ...purchasingHandlers(context),
    ...callsHandlers(context, context.calls),
    ...ordersHandlers(context),
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
  /** The bundled import worker (scripts/build.mjs); without it imports run between calls. */
  importWorker?: string;
  /**
   * The bundled writer thread of the contacts' search index (scripts/build.mjs); without it, this
   * thread writes the index of large batches of new contacts itself.
   */
  searchIndexWorker?: string;
  /** Parse every answer against the contract; on by default outside production. */
  checkOutputs?: boolean;
  /**
   * Send follow-up reminders (`followup.due`) and work-order SLA breaches (`workorder.slaBreached`);
   * only where someone receives them (the desktop app, the office server): a script's core would
   * take due reminders and deliver them to nobody.
   */
  reminders?: boolean;
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
  const searchIndexWriter =
    options.searchIndexWorker && file !== ':memory:'
      ? createSearchIndexWriter({
          workerPath: options.searchIndexWorker,
          file: searchIndexFile(file),
          companyFile: file,
          nativeBinding: options.nativeBinding,
        })
      : null;
  const now = options.now ?? Date.now;
  const logError = options.logError ?? ((error: unknown, name: string) => console.error(`[${name}]`, error));
  const events = new EventBus();
  const company = createCompanyRepository(db);
  const users = createUserRepository(db);
  const contactShares = createContactShareRepository(db);
  const customFields = createCustomFieldsService(db);
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
    contacts: createContactRepository(db, customFields, searchIndexWriter),
    contactChanges: createContactChangeRepository(db),
    contactStats: createContactStatsRepository(db),
    companies: createCompaniesRepository(db),
    contactShares,
    customers: createCustomerVisibility(company, contactShares),
    duplicates: createDuplicatesRepository(db),
    merges: createMergeRepository(db),
    contactLinks: createContactLinks(),
    followups: createFollowupRepository(db),
    deals: createDealRepository(db),
    workOrders: createWorkOrderRepository(db),
    workOrderSla: createSlaService(createSlaRepository(db)),
    workOrderReports: createWorkOrderReportRepository(db),
    workOrderViews: createWorkOrderViewRepository(db),
    workOrderThread: createWorkOrderThread(),
    remote: createRemoteRepository(db),
    calls: createCallRepository(db),
    salesOrders: createSalesOrderRepository(db),
    installation: createInstallationRepository(db),
    products: createProductRepository(db),
    stock: createStockLedger(db),
    stocktakes: createStocktakeRepository(db),
    suppliers: createSupplierRepository(db),
    purchaseOrders: createPurchaseOrderRepository(db),
    productLinks: createProductLinkRepository(db),
    attachments: createAttachmentRepository(db),
    attachmentFiles: createAttachmentStore(options.dataDir),
    customFields,
    timeline: createTimeline(),
    files: createTempFiles(tempFilesDir(options.dataDir), now),
    jobs: createJobRunner(logError),
    importRuns: createImportRunRepository(db),
    importThread:
      options.importWorker && file !== ':memory:'
        ? createImportThread({ workerPath: options.importWorker, file, nativeBinding: options.nativeBinding })
        : null,
  };
  context.contactLinks.register('contact_changes', context.contactChanges.contactLink);
  context.contactLinks.register('followups', context.followups.contactLink);
  context.contactLinks.register('deals', context.deals.contactLink);
  context.contactLinks.register('workorders', context.workOrders.contactLink);
  context.contactLinks.register('remote_sessions', context.remote.contactLink);
  context.contactLinks.register('calls', context.calls.contactLink);
  context.contactLinks.register('installation_jobs', context.installation.contactLink);
  context.contactLinks.register('sales_orders', context.salesOrders.contactLink);
  context.timeline.register('contact_change', context.contactChanges.timelineSource);
  context.timeline.register('followup', context.followups.timelineSource);
  context.timeline.register('deal', context.deals.timelineSource);
  context.timeline.register('workorder', context.workOrders.timelineSource);
  context.timeline.register('remoteSession', context.remote.timelineSource);
  context.timeline.register('call', context.calls.timelineSource);
  context.timeline.register('installation', context.installation.timelineSource);
  context.timeline.register('order', context.salesOrders.timelineSource);
  context.timeline.register('orderReturn', context.salesOrders.returnsTimelineSource);
  context.timeline.registerForCompany('installation', context.installation.companyTimelineSource);
  context.timeline.registerForCompany('followup', context.followups.companyTimelineSource);
  context.timeline.registerForCompany('workorder', context.workOrders.companyTimelineSource);
  context.workOrderThread.register('workorder', context.workOrders.threadSource);
  context.workOrderThread.register('remoteSession', context.remote.workOrderThreadSource);
  context.workOrderThread.register('productLink', context.productLinks.workOrderThreadSource);
  const stopReminders = options.reminders
    ? startReminders({ followups: context.followups, events, now, logError })
    : () => undefined;
  const reindexed = context.contacts.repairSearchIndex();
  if (reindexed > 0) console.info(`rebuilt the contacts' search index (${reindexed} contacts)`);
  context.workOrderSla.applyIfPending(now());
  const stopSlaBreaches = options.reminders
    ? startSlaBreaches({ sla: context.workOrderSla, users, events, now, logError })
    : () => undefined;
  const dispatch = createDispatch({
    handlers: allHandlers(context),
    resolveSession: (token) => context.sessions.resolve(token),
    isModuleEnabled: options.isModuleEnabled ?? license.isModuleEnabled,
    customers: context.customers,
    checkOutputs: options.checkOutputs ?? process.env.NODE_ENV !== 'production',
    logError,
  });
  const close = () => {
    stopReminders();
    stopSlaBreaches();
    void context.jobs.stopAll();
    context.files.close();
    context.attachmentFiles.close();
    void searchIndexWriter?.close();
    closeDatabase(db);
  };
  return { dispatch, events, context, close };
}
