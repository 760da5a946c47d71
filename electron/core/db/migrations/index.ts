import foundation from './0001_foundation.sql';
import license from './0002_license.sql';
import followups from './0003_followups.sql';
import deals from './0004_deals.sql';
import reminders from './0005_reminders.sql';
import imports from './0006_imports.sql';
import visibility from './0007_visibility.sql';
import merges from './0008_merges.sql';
import followupsDone from './0009_followups_done.sql';
import customFields from './0010_custom_fields.sql';
import workorders from './0011_workorders.sql';
import remote from './0012_remote.sql';
import sla from './0013_sla.sql';
import workorderViews from './0014_workorder_views.sql';
import knowledge from './0015_knowledge.sql';
import installation from './0016_installation.sql';
import phoneIndex from './0017_phone_index.sql';
import workorderAttachments from './0018_workorder_attachments.sql';
import inventory from './0019_inventory.sql';
import searchIndexFile from './0020_search_index_file.sql';
import calls from './0021_calls.sql';
import stock from './0022_stock.sql';
import purchasing from './0023_purchasing.sql';
import stocktakes from './0024_stocktakes.sql';
import orders from './0025_orders.sql';
import orderReturns from './0026_order_returns.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; a migration's version is its file number and never changes once released. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'foundation', sql: foundation },
  { version: 2, name: 'license', sql: license },
  { version: 3, name: 'followups', sql: followups },
  { version: 4, name: 'deals', sql: deals },
  { version: 5, name: 'reminders', sql: reminders },
  { version: 6, name: 'imports', sql: imports },
  { version: 7, name: 'visibility', sql: visibility },
  { version: 8, name: 'merges', sql: merges },
  { version: 9, name: 'followups_done', sql: followupsDone },
  { version: 10, name: 'custom_fields', sql: customFields },
  { version: 11, name: 'workorders', sql: workorders },
  { version: 12, name: 'remote', sql: remote },
  { version: 13, name: 'sla', sql: sla },
  { version: 14, name: 'workorder_views', sql: workorderViews },
  { version: 15, name: 'knowledge', sql: knowledge },
  { version: 16, name: 'installation', sql: installation },
  { version: 17, name: 'phone_index', sql: phoneIndex },
  { version: 18, name: 'workorder_attachments', sql: workorderAttachments },
  { version: 19, name: 'inventory', sql: inventory },
  { version: 20, name: 'search_index_file', sql: searchIndexFile },
  { version: 21, name: 'calls', sql: calls },
  { version: 22, name: 'stock', sql: stock },
  { version: 23, name: 'purchasing', sql: purchasing },
  { version: 24, name: 'stocktakes', sql: stocktakes },
  { version: 25, name: 'orders', sql: orders },
  { version: 26, name: 'order_returns', sql: orderReturns },
];
