import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import listFile from '../../../shared/license/price-list.json';
import { quote } from '../../../shared/license/price-list';
import { formatMoney } from '../../../renderer/plan/money';
import { PRICE_LIST } from '../../../renderer/plan/priceList';
import { quoteLineText } from '../../../renderer/plan/quoteLineText';
import { suggestedOrder } from '../../../renderer/plan/suggestedOrder';
import { translator } from './translator';

const CNY = { currency: 'CNY', minorUnitDigits: 2 };

describe('money', () => {
  it('writes integer minor units as each language writes money', () => {
    expect(formatMoney(98000, CNY, 'en')).toBe('CN¥980.00');
    expect(formatMoney(1164000, CNY, 'zh-CN')).toBe('¥11,640.00');
    expect(formatMoney(5, CNY, 'en')).toBe('CN¥0.05');
    expect(formatMoney(0, CNY, 'en')).toBe('CN¥0.00');
  });

  it('keeps every digit of a large amount, with no binary rounding', () => {
    expect(formatMoney(999_999_999_999_999, { currency: 'USD', minorUnitDigits: 2 }, 'en')).toBe(
      '$9,999,999,999,999.99',
    );
  });

  it('follows the digits of the price list, e.g. none for yen', () => {
    expect(formatMoney(1500, { currency: 'JPY', minorUnitDigits: 0 }, 'en')).toBe('¥1,500');
  });
});

describe('the plan page quote', () => {
  let en: TFunction;
  let zh: TFunction;
  beforeAll(async () => {
    en = await translator('en');
    zh = await translator('zh-CN');
  });

  it("prices from the vendor tool's own price list file, with the vendor tool's function", () => {
    expect(PRICE_LIST).toEqual(listFile);
    const priced = quote(PRICE_LIST, {
      edition: 'erp',
      seats: 3,
      addOns: [],
      supportYears: 1,
      updateYears: 1,
    });
    expect(priced.total).toBe(238000 * 3 + 30000 * 3 + 20000 * 3);
    expect(formatMoney(priced.total, priced, 'en')).toBe('CN¥8,640.00');
  });

  it('names each line and its quantity in both languages', () => {
    const priced = quote(PRICE_LIST, {
      edition: 'aftersales',
      seats: 1,
      addOns: ['knowledge'],
      supportYears: 2,
      updateYears: 1,
    });
    const texts = priced.lines.map(quoteLineText);
    expect(texts.map((text) => [text.item(en), text.quantity(en)])).toEqual([
      ['After-sales edition', '1 seat'],
      ['Knowledge base add-on', 'once per licence'],
      ['Support plan', '1 seat × 2 years'],
      ['Upgrade plan (updates)', '1 seat × 1 year'],
    ]);
    expect(texts.map((text) => [text.item(zh), text.quantity(zh)])).toEqual([
      ['售后版', '1 个席位'],
      ['知识库附加模块', '每个许可证一次'],
      ['支持服务', '1 个席位 × 2 年'],
      ['升级服务（更新）', '1 个席位 × 1 年'],
    ]);
  });
});

describe('the order a quote starts from', () => {
  const trial = { edition: null, addOns: [], seats: { used: 2, total: 3 }, licenseId: null };
  const aftersales = {
    edition: 'aftersales' as const,
    addOns: ['orders' as const],
    seats: { used: 4, total: 5 },
    licenseId: 'L-1',
  };

  it("is the company's licence, with a year of each plan", () => {
    expect(suggestedOrder(aftersales, null)).toEqual({
      edition: 'aftersales',
      seats: 5,
      addOns: ['orders'],
      supportYears: 1,
      updateYears: 1,
    });
  });

  it('is the Standard edition for the users of a trial', () => {
    expect(suggestedOrder(trial, null)).toMatchObject({ edition: 'standard', seats: 2, addOns: [] });
  });

  it('unlocks the module the user came for, by the cheapest edition or its add-on', () => {
    expect(suggestedOrder(aftersales, 'inventory').edition).toBe('erp');
    expect(suggestedOrder(trial, 'workorders').edition).toBe('aftersales');
    expect(suggestedOrder(aftersales, 'remote').edition).toBe('aftersales');
    expect(suggestedOrder(aftersales, 'knowledge').addOns).toEqual(['orders', 'knowledge']);
    expect(suggestedOrder(aftersales, 'orders').addOns).toEqual(['orders']);
  });
});
