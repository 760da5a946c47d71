import type { z } from 'zod';
import { authProcedures } from './auth/contract';
import { callsProcedures } from './calls/contract';
import { companiesProcedures } from './companies/contract';
import { companyProcedures } from './company/contract';
import { contactsProcedures } from './contacts/contract';
import { duplicatesProcedures } from './contacts/duplicates-contract';
import { sharingProcedures } from './contacts/sharing-contract';
import { contactTransferProcedures } from './contacts/transfer-contract';
import { customFieldsProcedures } from './custom-fields/contract';
import { dashboardProcedures } from './dashboard/contract';
import { dealsProcedures } from './deals/contract';
import { followupsProcedures } from './followups/contract';
import { installationProcedures } from './installation/contract';
import { inventoryProcedures } from './inventory/contract';
import { stockProcedures } from './inventory/stock';
import { stocktakeProcedures } from './inventory/stocktake';
import { purchasingProcedures } from './inventory/purchasing';
import { knowledgeProcedures } from './knowledge/contract';
import { licenseProcedures } from './license/contract';
import { ordersProcedures } from './orders/contract';
import { timelineProcedures } from './timeline/contract';
import { remoteProcedures } from './remote/contract';
import { workOrderAttachmentsProcedures } from './workorders/attachments';
import { usersProcedures } from './users/contract';
import { workOrdersProcedures } from './workorders/contract';
import { workOrderReportProcedures } from './workorders/reports';
import { workOrderSlaProcedures } from './workorders/sla';
import { workOrderViewsProcedures } from './workorders/views';

/** Every procedure of the product, by name. Add a module's table here and nowhere else. */
export const procedures = {
  ...authProcedures,
  ...usersProcedures,
  ...licenseProcedures,
  ...companyProcedures,
  ...contactsProcedures,
  ...sharingProcedures,
  ...duplicatesProcedures,
  ...contactTransferProcedures,
  ...followupsProcedures,
  ...dealsProcedures,
  ...timelineProcedures,
  ...companiesProcedures,
  ...dashboardProcedures,
  ...customFieldsProcedures,
  ...workOrdersProcedures,
  ...workOrderReportProcedures,
  ...workOrderSlaProcedures,
  ...workOrderViewsProcedures,
  ...remoteProcedures,
  ...installationProcedures,
  ...knowledgeProcedures,
  ...workOrderAttachmentsProcedures,
  ...inventoryProcedures,
  ...stockProcedures,
  ...stocktakeProcedures,
  ...purchasingProcedures,
  ...callsProcedures,
  ...ordersProcedures,
};

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
export type ProcedureInput<N extends ProcedureName> = z.input<Procedures[N]['input']>;
export type ProcedureOutput<N extends ProcedureName> = z.output<Procedures[N]['output']>;

export function isProcedureName(name: string): name is ProcedureName {
  return Object.hasOwn(procedures, name);
}
