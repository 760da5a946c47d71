import {
  ADD_ON_MODULES,
  EDITION_IDS,
  isAddOn,
  isEditionId,
  isModuleId,
  unlockedBy,
  type AddOnId,
  type EditionId,
} from '../../shared/catalogue';
import { calendarDate, type CalendarDate } from '../../shared/license/dates';

/** A bad command line: printed as one line, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${flag} is required`);
  return value;
}

export function wholeNumber(text: string, flag: string, min: number, max: number): number {
  const value = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}

export function day(text: string, flag: string): CalendarDate {
  if (!calendarDate.safeParse(text).success) {
    throw new UsageError(`${flag} must be a date as YYYY-MM-DD, not "${text}"`);
  }
  return text;
}

export function edition(text: string): EditionId {
  if (!isEditionId(text)) {
    throw new UsageError(`--edition must be one of ${EDITION_IDS.join(', ')}, not "${text}"`);
  }
  return text;
}

/** `orders,knowledge`: add-ons only, each once; an edition's module is explained, not accepted. */
export function addOns(text: string | undefined): AddOnId[] {
  if (text === undefined || text.trim() === '') return [];
  const list = text.split(',').map((item) => item.trim());
  const result: AddOnId[] = [];
  for (const item of list) {
    if (!isModuleId(item)) {
      throw new UsageError(`--modules: "${item}" is not a module; add-ons are ${ADD_ON_MODULES.join(', ')}`);
    }
    if (!isAddOn(item)) {
      const unlock = unlockedBy(item);
      const editions = unlock.kind === 'editions' ? unlock.editions.join(' or ') : '';
      throw new UsageError(`--modules: ${item} comes with an edition (${editions}), not as an add-on`);
    }
    if (result.includes(item)) throw new UsageError(`--modules: ${item} is listed twice`);
    result.push(item);
  }
  return result;
}
