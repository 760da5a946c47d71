import { calendarDay } from '../calendar-day';
import {
  MAX_CUSTOM_TEXT,
  type CustomCondition,
  type CustomFieldDef,
  type CustomValue,
  type CustomValues,
} from './contract';

/**
 * What is wrong with a custom value or filter condition; the renderer translates each, and the
 * core's messages (API errors, an import's row errors) say the English below.
 */
export const CUSTOM_VALUE_PROBLEMS = [
  'unknownField',
  'archivedField',
  'wrongType',
  'notAChoice',
  'tooLong',
  'noSuchDay',
  'notANumber',
  'notADate',
  'notYesOrNo',
  'wrongOperator',
] as const;
export type CustomValueProblem = (typeof CUSTOM_VALUE_PROBLEMS)[number];

export const CUSTOM_PROBLEM_MESSAGES: Record<CustomValueProblem, string> = {
  unknownField: 'no such field',
  archivedField: 'this field is archived',
  wrongType: 'not a value of this field’s type',
  notAChoice: 'not one of the field’s choices',
  tooLong: `longer than ${MAX_CUSTOM_TEXT} characters`,
  noSuchDay: 'a day that does not exist',
  notANumber: 'not a number',
  notADate: 'not a date (YYYY-MM-DD)',
  notYesOrNo: 'not yes or no',
  wrongOperator: 'this filter does not fit the field’s type',
};

export interface CustomValueIssue {
  fieldId: string;
  problem: CustomValueProblem;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why a date field's text is not a day: not shaped like one, or a day no calendar has. */
const dayProblem = (text: string): CustomValueProblem | null =>
  calendarDay.safeParse(text).success ? null : DAY.test(text) ? 'noSuchDay' : 'notADate';

/** Why `value` does not fit `def`, or null when it does. */
export function valueProblem(def: CustomFieldDef, value: CustomValue): CustomValueProblem | null {
  switch (def.type) {
    case 'text':
      if (typeof value !== 'string') return 'wrongType';
      return value.length > MAX_CUSTOM_TEXT ? 'tooLong' : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'wrongType';
    case 'date':
      return typeof value === 'string' ? dayProblem(value) : 'wrongType';
    case 'choice':
      if (typeof value !== 'string') return 'wrongType';
      return def.choices.includes(value) ? null : 'notAChoice';
    case 'choices':
      if (!Array.isArray(value)) return 'wrongType';
      return value.every((choice) => def.choices.includes(choice)) ? null : 'notAChoice';
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'wrongType';
  }
}

/**
 * Every value that does not fit the entity's fields (`defs`): an unknown or archived field, a
 * value of the wrong type, a choice the field does not offer, a text too long, a day that does
 * not exist. Empty values (see `withoutEmpty`) are not checked.
 */
export function checkCustomValues(defs: readonly CustomFieldDef[], values: CustomValues): CustomValueIssue[] {
  const byId = new Map(defs.map((def) => [String(def.id), def]));
  return Object.entries(withoutEmpty(values)).flatMap(([fieldId, value]) => {
    const def = byId.get(fieldId);
    const problem = !def ? 'unknownField' : def.archived ? 'archivedField' : valueProblem(def, value);
    return problem ? [{ fieldId, problem }] : [];
  });
}

const isEmpty = (value: CustomValue) =>
  (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** The values without the empty ones: a field left blank has no value, so it is absent. */
export function withoutEmpty(values: CustomValues): CustomValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => !isEmpty(value)));
}

/**
 * A checked value as stored: text trimmed, a multiple choice once each in the field's order,
 * so that equal selections are equal maps (the timeline logs only real changes).
 */
export function storedValue(def: CustomFieldDef, value: CustomValue): CustomValue {
  if (typeof value === 'string' && def.type === 'text') return value.trim();
  if (Array.isArray(value)) return def.choices.filter((choice) => value.includes(choice));
  return value;
}

/** Text as compared for choices and labels: width and case folded, outer spaces dropped. */
export const foldText = (text: string): string => text.normalize('NFKC').trim().toLowerCase();

export type ParsedCustomText =
  { ok: true; value: CustomValue | undefined } | { ok: false; problem: CustomValueProblem };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const SEPARATED_DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const CHINESE_DAY = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/;
/** How a spreadsheet's cell lists several choices. */
const CHOICE_SEPARATORS = /[;；,，|]/;
const YES = new Set(['true', 'yes', 'y', '1', 'x', '是', '✓', '✔', '√']);
const NO = new Set(['false', 'no', 'n', '0', '否']);

function parseNumber(text: string): ParsedCustomText {
  const plain = text.replaceAll(' ', '');
  if (!NUMBER.test(plain) && !GROUPED_NUMBER.test(plain)) return { ok: false, problem: 'notANumber' };
  const value = Number(plain.replaceAll(',', ''));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'notANumber' };
}

function parseDay(text: string): ParsedCustomText {
  const parts = SEPARATED_DAY.exec(text) ?? CHINESE_DAY.exec(text);
  if (!parts) return { ok: false, problem: 'notADate' };
  const day = `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`;
  return calendarDay.safeParse(day).success ? { ok: true, value: day } : { ok: false, problem: 'noSuchDay' };
}

const choiceNamed = (def: CustomFieldDef, text: string) =>
  def.choices.find((choice) => foldText(choice) === foldText(text));

/**
 * The choices a cell names. A choice whose own label holds a separator ("Wholesale, export") is
 * looked for as a whole first; the rest of the cell is split on the separators.
 */
function parseChoices(def: CustomFieldDef, text: string): ParsedCustomText {
  let rest = foldText(text);
  const found: string[] = [];
  for (const choice of def.choices.filter((label) => CHOICE_SEPARATORS.test(label))) {
    const at = rest.indexOf(foldText(choice));
    if (at < 0) continue;
    found.push(choice);
    rest = `${rest.slice(0, at)};${rest.slice(at + foldText(choice).length)}`;
  }
  for (const part of rest.split(CHOICE_SEPARATORS)) {
    if (part.trim() === '') continue;
    const choice = choiceNamed(def, part);
    if (!choice) return { ok: false, problem: 'notAChoice' };
    found.push(choice);
  }
  return { ok: true, value: storedValue(def, found) };
}

/**
 * A cell of an import file as the field's value: numbers as `1234.5`, `1,234.5` or `-3`; days as
 * `YYYY-MM-DD`, `YYYY/M/D`, `YYYY.M.D` or `YYYY年M月D日`; choices by their label in any case;
 * several choices separated by `;` `,` `|` (or their full-width forms); a checkbox as true/false,
 * yes/no, y/n, 1/0, x, 是/否 or ✓. An empty cell is no value.
 */
export function parseCustomText(def: CustomFieldDef, text: string): ParsedCustomText {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  switch (def.type) {
    case 'text':
      return trimmed.length > MAX_CUSTOM_TEXT
        ? { ok: false, problem: 'tooLong' }
        : { ok: true, value: trimmed };
    case 'number':
      return parseNumber(trimmed.normalize('NFKC'));
    case 'date':
      return parseDay(trimmed.normalize('NFKC'));
    case 'choice': {
      const choice = choiceNamed(def, trimmed);
      return choice === undefined ? { ok: false, problem: 'notAChoice' } : { ok: true, value: choice };
    }
    case 'choices':
      return parseChoices(def, trimmed);
    case 'checkbox': {
      const folded = foldText(trimmed);
      if (YES.has(folded)) return { ok: true, value: true };
      return NO.has(folded) ? { ok: true, value: false } : { ok: false, problem: 'notYesOrNo' };
    }
  }
}

/** A value as an export's cell, which parseCustomText reads back to the same value. */
export function formatCustomValue(def: CustomFieldDef, value: CustomValue | undefined): string {
  if (value === undefined) return '';
  if (def.type === 'checkbox') return value === true ? 'yes' : 'no';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

/** Values of the text fields among `values`, for the full-text index. */
export function customSearchText(
  field: (id: string) => CustomFieldDef | undefined,
  values: CustomValues,
): string[] {
  const texts: string[] = [];
  for (const id in values) {
    const value = values[id];
    if (typeof value === 'string' && field(id)?.type === 'text') texts.push(value);
  }
  return texts;
}

const OPERATORS: Record<CustomFieldDef['type'], readonly CustomCondition['op'][]> = {
  text: ['contains', 'set', 'unset'],
  number: ['between', 'set', 'unset'],
  date: ['between', 'set', 'unset'],
  choice: ['is', 'set', 'unset'],
  choices: ['is', 'set', 'unset'],
  checkbox: ['is', 'set', 'unset'],
};

/** The filter operators a field's type offers. */
export const operatorsFor = (type: CustomFieldDef['type']): readonly CustomCondition['op'][] =>
  OPERATORS[type];

/** Why a list filter condition does not fit its field (`def`, undefined when there is none), or null. */
export function conditionProblem(
  def: CustomFieldDef | undefined,
  condition: CustomCondition,
): CustomValueProblem | null {
  if (!def) return 'unknownField';
  if (def.archived) return 'archivedField';
  if (!OPERATORS[def.type].includes(condition.op)) return 'wrongOperator';
  if (condition.op === 'is') {
    if (def.type === 'checkbox') return typeof condition.value === 'boolean' ? null : 'wrongType';
    if (typeof condition.value !== 'string') return 'wrongType';
    return def.choices.includes(condition.value) ? null : 'notAChoice';
  }
  if (condition.op === 'between') {
    const bounds = [condition.min, condition.max].filter((bound) => bound !== undefined);
    const fits = (bound: number | string) =>
      def.type === 'number' ? typeof bound === 'number' : typeof bound === 'string';
    return bounds.every(fits) ? null : 'wrongType';
  }
  return null;
}
