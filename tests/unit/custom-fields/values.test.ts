import { describe, expect, test } from 'vitest';
import type { CustomFieldDef, CustomFieldType } from '../../../shared/custom-fields/contract';
import {
  checkCustomValues,
  conditionProblem,
  formatCustomValue,
  parseCustomText,
} from '../../../shared/custom-fields/values';

let nextId = 1;
const def = (
  type: CustomFieldType,
  choices: string[] = [],
  extra: Partial<CustomFieldDef> = {},
): CustomFieldDef => ({
  id: nextId++,
  entity: 'contact',
  label: `Field ${nextId}`,
  type,
  choices,
  inList: false,
  archived: false,
  position: nextId,
  version: 1,
  ...extra,
});

const text = def('text');
const number = def('number');
const date = def('date');
const level = def('choice', ['Gold', 'Silver', 'Wholesale, export']);
const interests = def('choices', ['Tea', 'Coffee', 'Wholesale, export']);
const newsletter = def('checkbox');
const archived = def('text', [], { archived: true });
const defs = [text, number, date, level, interests, newsletter, archived];

const parsed = (field: CustomFieldDef, cell: string) => {
  const result = parseCustomText(field, cell);
  return result.ok ? result.value : `!${result.problem}`;
};

describe('checking values against the fields', () => {
  test('values that fit their fields pass', () => {
    expect(
      checkCustomValues(defs, {
        [text.id]: 'Likes tea',
        [number.id]: -3.5,
        [date.id]: '2024-02-29',
        [level.id]: 'Gold',
        [interests.id]: ['Tea', 'Coffee'],
        [newsletter.id]: false,
      }),
    ).toEqual([]);
  });

  test('each value that does not fit is named with its problem', () => {
    expect(
      checkCustomValues(defs, {
        999: 'x',
        [archived.id]: 'x',
        [text.id]: 12,
        [number.id]: '12',
        [date.id]: '2025-02-30',
        [level.id]: 'gold',
        [interests.id]: ['Tea', 'Milk'],
        [newsletter.id]: 'yes',
      }),
    ).toEqual([
      { fieldId: String(text.id), problem: 'wrongType' },
      { fieldId: String(number.id), problem: 'wrongType' },
      { fieldId: String(date.id), problem: 'noSuchDay' },
      { fieldId: String(level.id), problem: 'notAChoice' },
      { fieldId: String(interests.id), problem: 'notAChoice' },
      { fieldId: String(newsletter.id), problem: 'wrongType' },
      { fieldId: String(archived.id), problem: 'archivedField' },
      { fieldId: '999', problem: 'unknownField' },
    ]);
  });

  test('a date in another shape is not a date; empty text and empty lists are no value at all', () => {
    expect(checkCustomValues(defs, { [date.id]: '1/2/2025' })).toEqual([
      { fieldId: String(date.id), problem: 'notADate' },
    ]);
    expect(checkCustomValues(defs, { 999: '  ', [interests.id]: [] })).toEqual([]);
  });
});

describe('reading a cell of an import file', () => {
  test('numbers: plain, grouped, negative, full-width; anything else is not a number', () => {
    expect(['1234.5', '1,234.5', '-3', '+7', '１２３', '1e3'].map((cell) => parsed(number, cell))).toEqual([
      1234.5, 1234.5, -3, 7, 123, 1000,
    ]);
    expect(['12abc', '1,23', 'ten', '1.2.3'].map((cell) => parsed(number, cell))).toEqual(
      Array(4).fill('!notANumber'),
    );
  });

  test('days: YYYY-MM-DD, YYYY/M/D, YYYY.M.D and 年月日; a day that does not exist is said so', () => {
    expect(['2025-03-01', '2025/3/1', '2025.3.1', '2025年3月1日'].map((cell) => parsed(date, cell))).toEqual(
      Array(4).fill('2025-03-01'),
    );
    expect(parsed(date, '2025/2/30')).toBe('!noSuchDay');
    expect(parsed(date, 'March 1st')).toBe('!notADate');
  });

  test('a choice by its label in any case or width; one that is not offered is refused', () => {
    expect(parsed(level, 'gold')).toBe('Gold');
    expect(parsed(level, 'ＳＩＬＶＥＲ')).toBe('Silver');
    expect(parsed(level, 'Bronze')).toBe('!notAChoice');
  });

  test('several choices split on ; ； , ， | in the field’s order; a label holding a comma stays whole', () => {
    expect(parsed(interests, 'coffee; tea')).toEqual(['Tea', 'Coffee']);
    expect(parsed(interests, 'Tea，Coffee')).toEqual(['Tea', 'Coffee']);
    expect(parsed(interests, 'Tea|coffee；tea')).toEqual(['Tea', 'Coffee']);
    expect(parsed(interests, 'Wholesale, export; Tea')).toEqual(['Tea', 'Wholesale, export']);
    expect(parsed(interests, 'Tea, Milk')).toBe('!notAChoice');
  });

  test('checkboxes: true/false, yes/no, y/n, 1/0, x, 是/否, ✓', () => {
    const yes = ['true', 'YES', 'y', '1', 'x', '是', '✓'];
    const no = ['false', 'No', 'n', '0', '否'];
    expect(yes.map((cell) => parsed(newsletter, cell))).toEqual(Array(yes.length).fill(true));
    expect(no.map((cell) => parsed(newsletter, cell))).toEqual(Array(no.length).fill(false));
    expect(parsed(newsletter, 'maybe')).toBe('!notYesOrNo');
  });

  test('an empty cell is no value; text is trimmed and may not be too long', () => {
    expect(parsed(number, '  ')).toBeUndefined();
    expect(parsed(text, '  Likes tea ')).toBe('Likes tea');
    expect(parsed(text, 'x'.repeat(1001))).toBe('!tooLong');
  });
});

describe('export cells', () => {
  test('choices joined with "; ", checkboxes yes/no, numbers without grouping, and back again', () => {
    const values: [CustomFieldDef, string | number | boolean | string[]][] = [
      [text, 'Likes tea; and cake'],
      [number, 1234567.25],
      [number, -0.000001],
      [date, '2025-03-01'],
      [level, 'Wholesale, export'],
      [interests, ['Tea', 'Wholesale, export']],
      [newsletter, true],
      [newsletter, false],
    ];
    expect(values.map(([field, value]) => formatCustomValue(field, value))).toEqual([
      'Likes tea; and cake',
      '1234567.25',
      '-0.000001',
      '2025-03-01',
      'Wholesale, export',
      'Tea; Wholesale, export',
      'yes',
      'no',
    ]);
    for (const [field, value] of values)
      expect(parsed(field, formatCustomValue(field, value))).toEqual(value);
    expect(formatCustomValue(text, undefined)).toBe('');
  });
});

describe('list filter conditions', () => {
  test('each type takes its own operators and values', () => {
    expect(conditionProblem(text, { op: 'contains', fieldId: text.id, text: 'tea' })).toBeNull();
    expect(conditionProblem(number, { op: 'between', fieldId: number.id, min: 1, max: 5 })).toBeNull();
    expect(conditionProblem(date, { op: 'between', fieldId: date.id, min: '2025-01-01' })).toBeNull();
    expect(conditionProblem(level, { op: 'is', fieldId: level.id, value: 'Gold' })).toBeNull();
    expect(conditionProblem(newsletter, { op: 'is', fieldId: newsletter.id, value: true })).toBeNull();
    expect(conditionProblem(interests, { op: 'unset', fieldId: interests.id })).toBeNull();
  });

  test('a condition that does not fit its field is refused with the reason', () => {
    expect(conditionProblem(number, { op: 'contains', fieldId: number.id, text: '1' })).toBe('wrongOperator');
    expect(conditionProblem(number, { op: 'between', fieldId: number.id, min: '2025-01-01' })).toBe(
      'wrongType',
    );
    expect(conditionProblem(date, { op: 'between', fieldId: date.id, max: 3 })).toBe('wrongType');
    expect(conditionProblem(level, { op: 'is', fieldId: level.id, value: 'Bronze' })).toBe('notAChoice');
    expect(conditionProblem(newsletter, { op: 'is', fieldId: newsletter.id, value: 'yes' })).toBe(
      'wrongType',
    );
    expect(conditionProblem(archived, { op: 'set', fieldId: archived.id })).toBe('archivedField');
    expect(conditionProblem(undefined, { op: 'set', fieldId: 999 })).toBe('unknownField');
  });
});
