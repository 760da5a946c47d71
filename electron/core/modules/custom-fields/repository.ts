import type {
  CustomFieldDef,
  CustomFieldEntity,
  CustomFieldType,
} from '../../../../shared/custom-fields/contract';
import { foldText } from '../../../../shared/custom-fields/values';
import type { Db } from '../../db/database';

interface FieldRow {
  id: number;
  entity: CustomFieldEntity;
  label: string;
  type: CustomFieldType;
  choices: string;
  in_list: number;
  archived: number;
  position: number;
  version: number;
}

/** A field's stored, editable settings. */
export interface FieldSettings {
  label: string;
  choices: string[];
  inList: boolean;
  archived: boolean;
}

const toDef = (row: FieldRow): CustomFieldDef => ({
  id: row.id,
  entity: row.entity,
  label: row.label,
  type: row.type,
  choices: JSON.parse(row.choices) as string[],
  inList: row.in_list === 1,
  archived: row.archived === 1,
  position: row.position,
  version: row.version,
});

/** The custom_fields table: every field definition of every entity. */
export function createCustomFieldRepository(db: Db) {
  const all = db.prepare<[], FieldRow>('SELECT * FROM custom_fields ORDER BY entity, position, id');
  const byId = db.prepare<[number], FieldRow>('SELECT * FROM custom_fields WHERE id = ?');
  const liveWithLabel = db.prepare<[CustomFieldEntity, string], { id: number }>(
    'SELECT id FROM custom_fields WHERE entity = ? AND label_key = ? AND archived = 0',
  );
  const counts = db.prepare<[CustomFieldEntity], { live: number; all: number }>(
    'SELECT coalesce(sum(archived = 0), 0) AS live, count(*) AS "all" FROM custom_fields WHERE entity = ?',
  );
  const lastPosition = db.prepare<[CustomFieldEntity], { position: number }>(
    'SELECT coalesce(max(position), 0) AS position FROM custom_fields WHERE entity = ?',
  );
  const insert = db.prepare(
    `INSERT INTO custom_fields (entity, label, label_key, type, choices, in_list, position, created_at, updated_at)
     VALUES (@entity, @label, @labelKey, @type, @choices, @inList, @position, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE custom_fields SET label = @label, label_key = @labelKey, choices = @choices, in_list = @inList,
       archived = @archived, updated_at = @at, version = version + 1
     WHERE id = @id AND version = @version`,
  );
  const move = db.prepare(
    'UPDATE custom_fields SET position = ?, updated_at = ?, version = version + 1 WHERE id = ?',
  );

  return {
    /** Every field of every entity, in position order. */
    all: (): CustomFieldDef[] => all.all().map(toDef),

    get: (id: number): CustomFieldDef | undefined => {
      const row = byId.get(id);
      return row ? toDef(row) : undefined;
    },

    /** The live field of the entity whose label folds to the same text as `label`, if any. */
    liveWithLabel: (entity: CustomFieldEntity, label: string): number | undefined =>
      liveWithLabel.get(entity, foldText(label))?.id,

    /** How many fields the entity has in use, and in all (archived ones included). */
    counts: (entity: CustomFieldEntity): { live: number; all: number } => counts.get(entity)!,

    /** A new field at the end of the entity's list; returns its id. */
    insert(
      entity: CustomFieldEntity,
      type: CustomFieldType,
      settings: Omit<FieldSettings, 'archived'>,
      at: number,
    ) {
      const result = insert.run({
        entity,
        type,
        label: settings.label,
        labelKey: foldText(settings.label),
        choices: JSON.stringify(settings.choices),
        inList: settings.inList ? 1 : 0,
        position: lastPosition.get(entity)!.position + 1,
        at,
      });
      return Number(result.lastInsertRowid);
    },

    /** Stores the settings at `version`; false when the version is stale. */
    update(id: number, version: number, settings: FieldSettings, at: number): boolean {
      const result = update.run({
        id,
        version,
        label: settings.label,
        labelKey: foldText(settings.label),
        choices: JSON.stringify(settings.choices),
        inList: settings.inList ? 1 : 0,
        archived: settings.archived ? 1 : 0,
        at,
      });
      return result.changes === 1;
    },

    /** Positions 1, 2, 3 … in the order of `ids`. */
    reorder(ids: readonly number[], at: number): void {
      ids.forEach((id, index) => move.run(index + 1, at, id));
    },
  };
}

export type CustomFieldRepository = ReturnType<typeof createCustomFieldRepository>;
