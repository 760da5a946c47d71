import type { Db } from './db/database';
import type { ImportThread } from './jobs/import-thread';
import type { JobRunner } from './jobs/job-runner';
import type { TempFiles } from './jobs/temp-files';
import type { EventBus } from './events';
import type { SessionStore } from './modules/auth/sessions';
import type { CallRepository } from './modules/calls/repository';
import type { CompanyRepository } from './modules/company/repository';
import type { ContactChangeRepository } from './modules/contacts/changes-repository';
import type { CompaniesRepository } from './modules/contacts/companies-repository';
import type { DuplicatesRepository } from './modules/contacts/duplicates/duplicates-repository';
import type { ContactLinks } from './modules/contacts/links';
import type { MergeRepository } from './modules/contacts/merge/merge-repository';
import type { ContactRepository } from './modules/contacts/repository';
import type { ImportRunRepository } from './modules/contacts/transfer/import-runs-repository';
import type { DealRepository } from './modules/deals/repository';
import type { ContactShareRepository } from './modules/contacts/shares-repository';
import type { ContactStatsRepository } from './modules/contacts/stats-repository';
import type { CustomFieldsService } from './modules/custom-fields/service';
import type { CustomerVisibility } from './modules/contacts/visibility';
import type { FollowupRepository } from './modules/followups/repository';
import type { InstallationRepository } from './modules/installation/repository';
import type { ProductLinkRepository } from './modules/inventory/product-links-repository';
import type { ProductRepository } from './modules/inventory/products-repository';
import type { PurchaseOrderRepository } from './modules/inventory/purchasing/orders-repository';
import type { SupplierRepository } from './modules/inventory/purchasing/suppliers-repository';
import type { StockLedger } from './modules/inventory/stock/ledger-repository';
import type { StocktakeRepository } from './modules/inventory/stocktake/repository';
import type { LicenseService } from './modules/license/service';
import type { SalesOrderRepository } from './modules/orders/repository';
import type { Timeline } from './modules/timeline/registry';
import type { UserRepository } from './modules/users/repository';
import type { RemoteRepository } from './modules/remote/repository';
import type { AttachmentRepository } from './modules/workorders/attachments/repository';
import type { AttachmentStore } from './modules/workorders/attachments/store';
import type { WorkOrderRepository } from './modules/workorders/repository';
import type { SlaService } from './modules/workorders/sla/service';
import type { WorkOrderReportRepository } from './modules/workorders/reports/repository';
import type { WorkOrderViewRepository } from './modules/workorders/views/repository';
import type { WorkOrderThread } from './modules/workorders/thread';

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
  /** Counts and latest entries of the customer list, for the home page. */
  contactStats: ContactStatsRepository;
  /** The customer companies (not this company: see `company`). */
  companies: CompaniesRepository;
  contactShares: ContactShareRepository;
  /** Who sees which customers; dispatch applies it (HandlerCall.scope, ProcedureDef.contactRef). */
  customers: CustomerVisibility;
  duplicates: DuplicatesRepository;
  merges: MergeRepository;
  /** Where modules register what they link to a contact, so that a merge moves it. */
  contactLinks: ContactLinks;
  followups: FollowupRepository;
  /** The company's own fields of contacts and deals: definitions, and checks of values against them. */
  customFields: CustomFieldsService;
  deals: DealRepository;
  workOrders: WorkOrderRepository;
  /** The SLA settings and the work orders' SLA timers. */
  workOrderSla: SlaService;
  workOrderReports: WorkOrderReportRepository;
  /** Saved queue views, personal or shared by an admin. */
  workOrderViews: WorkOrderViewRepository;
  /** Where modules register what they add to a work order's thread. */
  workOrderThread: WorkOrderThread;
  /** Installation jobs (add-on): technicians' time windows at customers' sites. */
  installation: InstallationRepository;
  /** Files attached to work orders: their records, and their bytes under the data directory. */
  attachments: AttachmentRepository;
  attachmentFiles: AttachmentStore;
  /** The product catalogue (inventory). */
  products: ProductRepository;
  stock: StockLedger;
  /** Count sheets, whose differences post to `stock`. */
  stocktakes: StocktakeRepository;
  /** Who the company buys from (purchasing). */
  suppliers: SupplierRepository;
  /** Purchase orders, whose received goods post to `stock`. */
  purchaseOrders: PurchaseOrderRepository;
  /** Products listed on work orders, and the log of those changes for work-order threads. */
  productLinks: ProductLinkRepository;
  /** Remote-help tool profiles and the log of sessions. */
  remote: RemoteRepository;
  /** The call center's log of calls. */
  calls: CallRepository;
  /** Sales orders (add-on), whose fulfilment issues goods from `stock`. */
  salesOrders: SalesOrderRepository;
  /** Where modules register what they show on a contact's timeline. */
  timeline: Timeline;
  /** Uploaded files and prepared downloads, an hour each. */
  files: TempFiles;
  /** Long jobs (imports) running between calls. */
  jobs: JobRunner;
  importRuns: ImportRunRepository;
  /** Runs imports in a worker thread; null for an in-memory database, whose imports run between calls. */
  importThread: ImportThread | null;
}
