import { procedures } from '../../shared/contract';
import type { DispatchRule, DispatchSettings } from '../../shared/workorders/contract';
import { fieldErrorsFrom, pathKey, type FieldErrors } from '../forms/fieldErrors';
import { validationIssues } from '../bridge/CallError';

/** One group as the settings page edits it; `key` tells rows apart before a new one has an id. */
export interface GroupValues {
  key: string;
  id: number | null;
  name: string;
  rule: DispatchRule;
  memberIds: string[];
  categories: string[];
}

export const groupValuesOf = (settings: DispatchSettings): GroupValues[] =>
  settings.groups.map((group) => ({
    key: `saved-${group.id}`,
    id: group.id,
    name: group.name,
    rule: group.rule,
    memberIds: group.memberIds.map(String),
    categories: [...group.categories],
  }));

export function newGroup(key: string): GroupValues {
  return { key, id: null, name: '', rule: 'roundRobin', memberIds: [], categories: [] };
}

/** What `workorders.dispatch.save` is sent for the groups as edited. */
export function dispatchInputOf(version: number, groups: readonly GroupValues[]) {
  return {
    version,
    groups: groups.map((group) => ({
      ...(group.id !== null && { id: group.id }),
      name: group.name.trim(),
      rule: group.rule,
      memberIds: group.memberIds.map(Number),
      categories: group.categories.map((category) => category.trim()).filter((category) => category !== ''),
    })),
  };
}

const saveInput = procedures['workorders.dispatch.save'].input;

/** The contract's rules, keyed `groups.<index>.<field>` as the page shows them. */
export function validateDispatch(version: number, groups: readonly GroupValues[]): FieldErrors {
  const parsed = saveInput.safeParse(dispatchInputOf(version, groups));
  return parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
}

/** A refusal's issues beside the group field they concern (a category's issue beside the categories). */
export function dispatchServerErrors(error: unknown): FieldErrors {
  return fieldErrorsFrom(validationIssues(error).map((issue) => ({ path: issue.path.slice(0, 3) })));
}

/** The error of one field of one group, by the same key. */
export const groupFieldKey = (index: number, field: keyof GroupValues) => pathKey(['groups', index, field]);
