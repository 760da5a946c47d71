import type { TFunction } from 'i18next';
import {
  customCondition,
  type CustomCondition,
  type CustomFieldDef,
  type CustomFieldType,
} from '../../shared/custom-fields/contract';
import { conditionProblem, operatorsFor, parseCustomText } from '../../shared/custom-fields/values';
import { customValueText } from './customValueText';

/** What the filter popover asks, by the field's type. */
export type FilterOp = CustomCondition['op'] | 'yes' | 'no';

/** The choices of the popover's condition: the shared operators, a checkbox's `is` as yes or no. */
export function filterOps(type: CustomFieldType): FilterOp[] {
  return operatorsFor(type).flatMap((op): FilterOp[] =>
    type === 'checkbox' && op === 'is' ? ['yes', 'no'] : [op],
  );
}

/** The popover's inputs as typed. */
export interface FilterDraft {
  op: FilterOp;
  text: string;
  choice: string | null;
  min: string;
  max: string;
}

export const emptyDraft = (type: CustomFieldType): FilterDraft => ({
  op: filterOps(type)[0]!,
  text: '',
  choice: null,
  min: '',
  max: '',
});

/** A bound as typed, read by the field's own rules; undefined when blank, null when not valid. */
function bound(field: CustomFieldDef, text: string): number | string | undefined | null {
  const parsed = parseCustomText(field, text);
  if (!parsed.ok) return null;
  return typeof parsed.value === 'number' || typeof parsed.value === 'string' ? parsed.value : undefined;
}

/** The condition a draft makes, or null while it is not one the contract takes. */
export function conditionOf(field: CustomFieldDef, draft: FilterDraft): CustomCondition | null {
  const fieldId = field.id;
  let condition: unknown;
  switch (draft.op) {
    case 'contains':
      condition = { op: 'contains', fieldId, text: draft.text.trim() };
      break;
    case 'is':
      condition = { op: 'is', fieldId, value: draft.choice ?? '' };
      break;
    case 'yes':
    case 'no':
      condition = { op: 'is', fieldId, value: draft.op === 'yes' };
      break;
    case 'between': {
      const min = bound(field, draft.min);
      const max = bound(field, draft.max);
      if (min === null || max === null) return null;
      condition = {
        op: 'between',
        fieldId,
        ...(min !== undefined && { min }),
        ...(max !== undefined && { max }),
      };
      break;
    }
    default:
      condition = { op: draft.op, fieldId };
  }
  const parsed = customCondition.safeParse(condition);
  return parsed.success && conditionProblem(field, parsed.data) === null ? parsed.data : null;
}

/** A condition as its chip reads, e.g. `Customer level: VIP` or `Orders: 5 – 10`. */
export function conditionText(
  condition: CustomCondition,
  field: CustomFieldDef | undefined,
  t: TFunction,
  language: string,
): string {
  const label = field?.label ?? t('customFields.unknownField');
  const value = (raw: string | number | boolean) => customValueText(field, raw, t, language);
  switch (condition.op) {
    case 'contains':
      return t('customFields.filter.chip.contains', { label, text: condition.text });
    case 'is':
      return t('customFields.filter.chip.is', { label, value: value(condition.value) });
    case 'between':
      if (condition.min !== undefined && condition.max !== undefined) {
        return t('customFields.filter.chip.between', {
          label,
          min: value(condition.min),
          max: value(condition.max),
        });
      }
      return condition.min !== undefined
        ? t('customFields.filter.chip.atLeast', { label, min: value(condition.min) })
        : t('customFields.filter.chip.atMost', { label, max: value(condition.max!) });
    default:
      return t(`customFields.filter.chip.${condition.op}`, { label });
  }
}
