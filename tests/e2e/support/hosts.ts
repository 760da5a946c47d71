/**
 * Each spec that sets up a company has an office host of its own, on its own port, with an
 * empty data folder (playwright.config.ts starts them): the first-run setup is part of its story.
 */
export const SPEC_PORTS = {
  customers: 4791,
  licensing: 4792,
  pipeline: 4793,
  import: 4794,
  followups: 4795,
  duplicates: 4796,
  dashboard: 4797,
  customFields: 4798,
  workorders: 4799,
  remote: 4800,
  sla: 4801,
  workorderReports: 4802,
  knowledge: 4803,
  installation: 4804,
  inventory: 4805,
  calls: 4806,
  purchasing: 4807,
  stock: 4808,
  orders: 4809,
} as const;

export type SpecHost = keyof typeof SPEC_PORTS;

export const hostUrl = (spec: SpecHost) => `http://127.0.0.1:${SPEC_PORTS[spec]}`;

export const LICENSING_URL = hostUrl('licensing');
export const FOLLOWUPS_URL = hostUrl('followups');
export const PIPELINE_URL = hostUrl('pipeline');
export const IMPORT_URL = hostUrl('import');
export const DUPLICATES_URL = hostUrl('duplicates');
export const DASHBOARD_URL = hostUrl('dashboard');
export const CUSTOM_FIELDS_URL = hostUrl('customFields');
export const WORKORDERS_URL = hostUrl('workorders');
export const REMOTE_URL = hostUrl('remote');
export const SLA_URL = hostUrl('sla');
export const KNOWLEDGE_URL = hostUrl('knowledge');
export const WORKORDER_REPORTS_URL = hostUrl('workorderReports');
export const INSTALLATION_URL = hostUrl('installation');
export const INVENTORY_URL = hostUrl('inventory');
export const CALLS_URL = hostUrl('calls');
export const PURCHASING_URL = hostUrl('purchasing');
export const STOCK_URL = hostUrl('stock');
export const ORDERS_URL = hostUrl('orders');
