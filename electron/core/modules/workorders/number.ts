/** A work order's readable number: `WO-2026-000123`, the year it was opened and its place in that year. */
export function formatWorkOrderNumber(year: number, sequence: number): string {
  return `WO-${year}-${String(sequence).padStart(6, '0')}`;
}
