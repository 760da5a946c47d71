import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomFieldDef } from '../../../shared/custom-fields/contract';
import { CallError } from '../../../renderer/bridge/CallError';
import {
  conditionOf,
  conditionText,
  emptyDraft,
  filterOps,
} from '../../../renderer/custom-fields/customFilter';
import {
  customFormValuesOf,
  customInputOf,
  customProblemErrors,
} from '../../../renderer/custom-fields/customFormValues';
import { customValueText } from '../../../renderer/custom-fields/customValueText';
import { movedIds } from '../../../renderer/custom-fields/fieldOrder';
import {
  EMPTY_FIELD,
  fieldFormValuesOf,
  fieldPatchOf,
  validateField,
} from '../../../renderer/custom-fields/fieldFormValues';
import { translator } from './translator';

let en: TFunction;
let zh: TFunction;
beforeAll(async () => {
  en = await translator('en');
  zh = await translator('zh-CN');
});

const field = (id: number, fields: Partial<CustomFieldDef>): CustomFieldDef => ({
  id,
  entity: 'contact',
  label: `Field ${id}`,
  type: 'text',
  choices: [],
  inList: false,
  archived: false,
  position: id,
  version: 1,
  ...fields,
});

const WECHAT = field(1, { label: 'WeChat ID' });
const ORDERS = field(2, { label: 'Orders a year', type: 'number' });
const SINCE = field(3, { label: 'Customer since', type: 'date' });
const LEVEL = field(4, { label: 'Customer level', type: 'choice', choices: ['VIP', 'Regular'] });
const REGIONS = field(5, { label: 'Regions', type: 'choices', choices: ['North', 'South', 'East'] });
const INVOICE = field(6, { label: 'Needs invoice', type: 'checkbox' });
const LIVE = [WECHAT, ORDERS, SINCE, LEVEL, REGIONS, INVOICE];

describe('custom values between the form and the contract', () => {
  it('fills each input from the stored value, and empty ones for fields without', () => {
    const form = customFormValuesOf(LIVE, { '2': 1200.5, '4': 'VIP', '5': ['South'], '6': true });
    expect(form).toEqual({ '1': '', '2': '1200.5', '3': '', '4': 'VIP', '5': ['South'], '6': true });
  });

  it('sends what was typed as stored values, leaving blank inputs and unticked boxes out', () => {
    const form = {
      '1': '  wx_li ',
      '2': '1,200.50',
      '3': '2025-03-01',
      '4': 'VIP',
      '5': ['East', 'North'],
      '6': false,
    };
    expect(customInputOf(LIVE, form)).toEqual({
      values: { '1': 'wx_li', '2': 1200.5, '3': '2025-03-01', '4': 'VIP', '5': ['North', 'East'] },
      errors: {},
    });
  });

  it('keeps the stored values of fields the form does not show, in id order', () => {
    const { values } = customInputOf([LEVEL], { '4': 'Regular' }, { '9': 'archived', '4': 'VIP', '1': 'x' });
    expect(Object.entries(values)).toEqual([
      ['1', 'x'],
      ['4', 'Regular'],
      ['9', 'archived'],
    ]);
  });

  it('refuses, under the input, what the field does not take (the shared rules)', () => {
    const { errors } = customInputOf(LIVE, { '2': 'twelve', '3': '2025-02-30', '4': 'Gold' });
    expect(Object.keys(errors).sort()).toEqual(['custom.2', 'custom.3', 'custom.4']);
    expect(errors['custom.2']?.(en)).toBe('Enter a number, e.g. 1200, 1,200.50 or -3.');
    expect(errors['custom.3']?.(en)).toBe('This day does not exist.');
    expect(errors['custom.4']?.(zh)).toBe('请从该字段的选项中选择。');
  });

  it("puts the server's named problems beside their inputs, also for an update", () => {
    const refusal = new CallError('contacts.update', {
      code: 'VALIDATION',
      message: 'Some fields are not valid.',
      details: {
        issues: [
          {
            path: ['patch', 'custom', '4'],
            message: 'not one of the field’s choices',
            problem: 'notAChoice',
          },
          { path: ['name'], message: 'Too big' },
        ],
      },
    });
    const errors = customProblemErrors(refusal);
    expect(Object.keys(errors)).toEqual(['custom.4']);
    expect(errors['custom.4']?.(en)).toBe('Pick one of the field’s choices.');
  });
});

describe('the field dialog', () => {
  it('asks a choice field for at least one choice, and each choice once', () => {
    const noChoice = validateField('contact', null, { ...EMPTY_FIELD, label: 'Level', type: 'choice' });
    expect(noChoice.choices?.(en)).toBe('Add at least one choice.');
    const twice = validateField('contact', null, {
      ...EMPTY_FIELD,
      label: 'Level',
      type: 'choices',
      choices: ['VIP', 'vip'],
    });
    expect(twice.choices?.(zh)).toBe('每个选项只能出现一次。');
  });

  it('asks for a label', () => {
    expect(validateField('deal', null, EMPTY_FIELD).label?.(en)).toBe('Please fill this in.');
  });

  it('sends only what changed of an existing field', () => {
    const values = fieldFormValuesOf(LEVEL);
    expect(fieldPatchOf(LEVEL, values)).toEqual({});
    expect(fieldPatchOf(LEVEL, { ...values, choices: ['VIP', 'Regular', ' New '], inList: true })).toEqual({
      choices: ['VIP', 'Regular', 'New'],
      inList: true,
    });
  });

  it('moves a field one step, and not past either end', () => {
    expect(movedIds([4, 1, 2], 1, -1)).toEqual([1, 4, 2]);
    expect(movedIds([4, 1, 2], 1, 1)).toEqual([4, 2, 1]);
    expect(movedIds([4, 1, 2], 4, -1)).toBeNull();
    expect(movedIds([4, 1, 2], 2, 1)).toBeNull();
  });
});

describe('list filters on custom fields', () => {
  it('offers the conditions that fit the field, a checkbox as ticked or not', () => {
    expect(filterOps('text')).toEqual(['contains', 'set', 'unset']);
    expect(filterOps('checkbox')).toEqual(['yes', 'no', 'set', 'unset']);
    expect(filterOps('date')).toEqual(['between', 'set', 'unset']);
  });

  it('makes the contract’s conditions from what was picked and typed', () => {
    expect(conditionOf(LEVEL, { ...emptyDraft('choice'), choice: 'VIP' })).toEqual({
      op: 'is',
      fieldId: 4,
      value: 'VIP',
    });
    expect(conditionOf(INVOICE, { ...emptyDraft('checkbox'), op: 'no' })).toEqual({
      op: 'is',
      fieldId: 6,
      value: false,
    });
    expect(conditionOf(ORDERS, { ...emptyDraft('number'), min: '1,000' })).toEqual({
      op: 'between',
      fieldId: 2,
      min: 1000,
    });
    expect(conditionOf(WECHAT, { ...emptyDraft('text'), op: 'unset' })).toEqual({ op: 'unset', fieldId: 1 });
  });

  it('makes none while the inputs do not make one', () => {
    expect(conditionOf(LEVEL, emptyDraft('choice'))).toBeNull();
    expect(conditionOf(WECHAT, { ...emptyDraft('text'), text: '  ' })).toBeNull();
    expect(conditionOf(ORDERS, { ...emptyDraft('number'), min: 'ten' })).toBeNull();
    expect(conditionOf(SINCE, emptyDraft('date'))).toBeNull();
  });

  it('reads each condition as a chip, in the language shown', () => {
    expect(conditionText({ op: 'is', fieldId: 4, value: 'VIP' }, LEVEL, en, 'en')).toBe(
      'Customer level: VIP',
    );
    expect(conditionText({ op: 'is', fieldId: 6, value: true }, INVOICE, zh, 'zh-CN')).toBe(
      'Needs invoice：是',
    );
    expect(conditionText({ op: 'between', fieldId: 2, min: 5, max: 1000 }, ORDERS, en, 'en')).toBe(
      'Orders a year: 5 – 1,000',
    );
    expect(conditionText({ op: 'contains', fieldId: 1, text: 'wx' }, undefined, en, 'en')).toBe(
      'A removed field contains “wx”',
    );
  });
});

describe('a custom value as read', () => {
  it('says ticks as Yes or No, days and numbers in the language shown', () => {
    expect(customValueText(INVOICE, false, en, 'en')).toBe('No');
    expect(customValueText(INVOICE, true, zh, 'zh-CN')).toBe('是');
    expect(customValueText(SINCE, '2025-03-01', en, 'en')).toBe('March 1, 2025');
    expect(customValueText(SINCE, '2025-03-01', zh, 'zh-CN')).toBe('2025年3月1日');
    expect(customValueText(ORDERS, 1234.5, en, 'en')).toBe('1,234.5');
    expect(customValueText(REGIONS, ['North', 'East'], en, 'en')).toBe('North, East');
    expect(customValueText(WECHAT, undefined, en, 'en')).toBe('');
  });
});
