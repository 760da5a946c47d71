import { csvLine, UTF8_BOM } from '../../shared/csv/csv-write';
import type { ProcedureOutput } from '../../shared/contract';
import { formatServiceTime } from './duration';

export type AgentServiceTime = ProcedureOutput<'remote.report'>['items'][number];

/**
 * The month's report as a spreadsheet opens it: a BOM so that Excel reads UTF-8 names, the
 * header in the user's language, formulas in names neutralised as the contacts export does.
 */
export function reportCsv(
  header: readonly [string, string, string],
  items: readonly AgentServiceTime[],
): string {
  const lines = items.map((item) =>
    csvLine([item.agentName, String(item.sessions), formatServiceTime(item.seconds)]),
  );
  return UTF8_BOM + csvLine(header) + lines.join('');
}

export const reportFileName = (month: string) => `remote-service-time-${month}.csv`;
