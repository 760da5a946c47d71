import { dealEntryRenderer } from '../deals/DealEntry';
import { followupEntryRenderer } from '../followups/FollowupEntry';
import { installationEntryRenderer } from '../installation/InstallationEntry';
import { orderEntryRenderer } from '../orders/OrderEntry';
import { orderReturnEntryRenderer } from '../orders/OrderReturnEntry';
import { remoteSessionEntryRenderer } from '../remote/RemoteSessionEntry';
import { workOrderEntryRenderer } from '../workorders/WorkOrderEntry';
import { contactChangeEntryRenderer } from './ContactChangeEntry';
import type { TimelineEntryRenderers } from './entryRenderer';

/**
 * The registration point of the timeline's renderers: a module that adds a timeline source in
 * the core adds its renderer here (from its own folder) and nowhere else.
 */
export const ENTRY_RENDERERS: TimelineEntryRenderers = {
  followup: followupEntryRenderer,
  contact_change: contactChangeEntryRenderer,
  deal: dealEntryRenderer,
  workorder: workOrderEntryRenderer,
  remoteSession: remoteSessionEntryRenderer,
  installation: installationEntryRenderer,
  order: orderEntryRenderer,
  orderReturn: orderReturnEntryRenderer,
};
