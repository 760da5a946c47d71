import {
  hasChoices,
  MAX_CUSTOM_FIELDS,
  MAX_FIELDS_IN_ALL,
  type CustomCondition,
  type CustomFieldDef,
  type CustomFieldEntity,
  type CustomFieldInput,
  type CustomFieldPatch,
  type CustomValues,
} from '../../../../shared/custom-fields/contract';
import {
  checkCustomValues,
  conditionProblem,
  CUSTOM_PROBLEM_MESSAGES,
  customSearchText,
  storedValue,
  withoutEmpty,
  type CustomValueProblem,
} from '../../../../shared/custom-fields/values';
import { CrmError } from '../../../../shared/errors';
import type { Db } from '../../db/database';
import { createCustomFieldRepository } from './repository';

interface Issue {
  path: string[];
  message: string;
  /** What the renderer translates (shared/custom-fields/values.ts). */
  problem?: CustomValueProblem;
}

const invalid = (issues: Issue[]) => new CrmError('VALIDATION', 'Some fields are not valid.', { issues });

const problemIssue = (path: string[], problem: CustomValueProblem): Issue => ({
  path,
  message: CUSTOM_PROBLEM_MESSAGES[problem],
  problem,
});

/**
 * Which of `choices` a record of the entity still holds in the field, if any: a choice in use
 * cannot be removed. The contacts and deals modules answer it for their records.
 */
export type HeldChoice = (field: CustomFieldDef, choices: readonly string[]) => string | undefined;

/**
 * The company's own fields: their definitions (cached, refreshed on every change made here),
 * the checks of records' values and list filters against them, and the changes to them.
 */
export function createCustomFieldsService(db: Db) {
  const repository = createCustomFieldRepository(db);
  let cache: {
    byEntity: Map<CustomFieldEntity, CustomFieldDef[]>;
    byId: Map<string, CustomFieldDef>;
  } | null = null;

  function loaded() {
    if (!cache) {
      const byEntity = new Map<CustomFieldEntity, CustomFieldDef[]>();
      const byId = new Map<string, CustomFieldDef>();
      for (const def of repository.all()) {
        byEntity.set(def.entity, [...(byEntity.get(def.entity) ?? []), def]);
        byId.set(String(def.id), def);
      }
      cache = { byEntity, byId };
    }
    return cache;
  }

  /** The entity's fields, archived ones included, in position order. */
  const definitions = (entity: CustomFieldEntity): readonly CustomFieldDef[] =>
    loaded().byEntity.get(entity) ?? [];
  /** A field of any entity by id. */
  const field = (id: number | string): CustomFieldDef | undefined => loaded().byId.get(String(id));

  /** A live field of the entity may not share its folded label with another. */
  function checkLabel(entity: CustomFieldEntity, label: string, path: string[], self?: number): void {
    const holder = repository.liveWithLabel(entity, label);
    if (holder !== undefined && holder !== self) {
      throw invalid([{ path, message: `another field is already called "${label}"` }]);
    }
  }

  /** Room for one more live field (`added`: a new one, which counts towards all fields too). */
  function checkRoom(entity: CustomFieldEntity, added: boolean): void {
    const { live, all } = repository.counts(entity);
    if (live >= MAX_CUSTOM_FIELDS) {
      throw invalid([
        { path: ['entity'], message: `at most ${MAX_CUSTOM_FIELDS} fields; archive one to add another` },
      ]);
    }
    if (added && all >= MAX_FIELDS_IN_ALL) {
      throw invalid([
        { path: ['entity'], message: `at most ${MAX_FIELDS_IN_ALL} fields in all, archived ones included` },
      ]);
    }
  }

  /** Runs `write` in one transaction and forgets the cached definitions after it. */
  function changing<T>(write: () => T): T {
    try {
      return db.transaction(write)();
    } finally {
      cache = null;
    }
  }

  return {
    definitions,
    field,

    /** The entity's fields in use (not archived): those forms, lists, imports and exports show. */
    live: (entity: CustomFieldEntity): CustomFieldDef[] => definitions(entity).filter((def) => !def.archived),

    /** Text values of text fields, for the full-text index. */
    searchText: (values: CustomValues): string[] => customSearchText(field, values),

    /**
     * The values to store for a record of `entity` given `values` (empty ones dropped, text
     * trimmed, multiple choices in the field's order). A value equal to the record's `previous`
     * one is kept as it is, so an edit never fails on a value nobody touched; the values of
     * archived fields are kept from `previous` and may not be changed. VALIDATION at
     * `[...path, fieldId]` for each value that does not fit.
     */
    check(
      entity: CustomFieldEntity,
      values: CustomValues,
      previous: CustomValues = {},
      path: string[] = ['custom'],
    ): CustomValues {
      const defs = definitions(entity);
      const given = withoutEmpty(values);
      const changed = Object.fromEntries(
        Object.entries(given).filter(([id, value]) => JSON.stringify(previous[id]) !== JSON.stringify(value)),
      );
      const issues = checkCustomValues(defs, changed);
      if (issues.length > 0)
        throw invalid(issues.map((issue) => problemIssue([...path, issue.fieldId], issue.problem)));
      const stored: CustomValues = {};
      for (const def of defs) {
        const id = String(def.id);
        const value = def.archived ? previous[id] : given[id];
        if (value !== undefined) stored[id] = id in changed ? storedValue(def, value) : value;
      }
      return stored;
    },

    /** VALIDATION at `[...path, index]` for each list filter condition that does not fit its field. */
    checkConditions(entity: CustomFieldEntity, conditions: readonly CustomCondition[], path: string[]): void {
      const issues = conditions.flatMap((condition, index) => {
        const def = field(condition.fieldId);
        const problem = conditionProblem(def?.entity === entity ? def : undefined, condition);
        return problem ? [problemIssue([...path, String(index)], problem)] : [];
      });
      if (issues.length > 0) throw invalid(issues);
    },

    create(input: CustomFieldInput, at: number): CustomFieldDef {
      return changing(() => {
        checkRoom(input.entity, true);
        checkLabel(input.entity, input.label, ['label']);
        const id = repository.insert(
          input.entity,
          input.type,
          { label: input.label, choices: input.choices ?? [], inList: input.inList ?? false },
          at,
        );
        return repository.get(id)!;
      });
    },

    /**
     * Applies the patch at `version`. Removing a choice that a record still holds is refused
     * (`heldChoice` says which); an archived field brought back must fit beside the live ones.
     */
    update(id: number, version: number, patch: CustomFieldPatch, heldChoice: HeldChoice, at: number) {
      return changing(() => {
        const current = repository.get(id);
        if (!current) throw new CrmError('NOT_FOUND', 'This field does not exist.', { id });
        if (current.version !== version) {
          throw new CrmError('CONFLICT', 'Someone else changed this field since you opened it.', {
            currentVersion: current.version,
          });
        }
        const next = {
          label: patch.label ?? current.label,
          choices: patch.choices ?? current.choices,
          inList: patch.inList ?? current.inList,
          archived: patch.archived ?? current.archived,
        };
        if (patch.choices && !hasChoices(current.type) && patch.choices.length > 0) {
          throw invalid([{ path: ['patch', 'choices'], message: 'only choice fields have choices' }]);
        }
        if (hasChoices(current.type)) {
          if (next.choices.length === 0)
            throw invalid([{ path: ['patch', 'choices'], message: 'at least one choice' }]);
          const removed = current.choices.filter((choice) => !next.choices.includes(choice));
          const held = removed.length > 0 ? heldChoice(current, removed) : undefined;
          if (held !== undefined) {
            throw invalid([
              {
                path: ['patch', 'choices'],
                message: `"${held}" is still chosen on some records; change them first`,
              },
            ]);
          }
        }
        if (!next.archived) {
          if (current.archived) checkRoom(current.entity, false);
          checkLabel(current.entity, next.label, ['patch', 'label'], id);
        }
        repository.update(id, version, next, at);
        return repository.get(id)!;
      });
    },

    /** The entity's fields in the order of `ids`, which name each of them exactly once. */
    reorder(entity: CustomFieldEntity, ids: readonly number[], at: number): CustomFieldDef[] {
      return changing(() => {
        const current = repository.all().filter((def) => def.entity === entity);
        const known = new Set(current.map((def) => def.id));
        const sameSet =
          ids.length === known.size && new Set(ids).size === ids.length && ids.every((id) => known.has(id));
        if (!sameSet) {
          throw invalid([{ path: ['ids'], message: 'list every field of this kind of record exactly once' }]);
        }
        repository.reorder(ids, at);
        return repository.all().filter((def) => def.entity === entity);
      });
    },
  };
}

export type CustomFieldsService = ReturnType<typeof createCustomFieldsService>;
