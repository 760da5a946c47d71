import { z } from 'zod';
import { calendarDay } from '../calendar-day';
import { procedure } from '../procedure';

const id = z.number().int().positive();
const version = z.number().int().positive();

/** The records a company can give fields of its own. */
export const CUSTOM_FIELD_ENTITIES = ['contact', 'deal'] as const;
export type CustomFieldEntity = (typeof CUSTOM_FIELD_ENTITIES)[number];

/** `choice` holds one of the field's choices, `choices` any number of them. */
export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'choice', 'choices', 'checkbox'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export const MAX_CUSTOM_FIELDS = 50;
/**
 * Fields an entity may have in all, archived ones included: a record keeps the values of
 * archived fields, so it may hold more than MAX_CUSTOM_FIELDS values.
 */
export const MAX_FIELDS_IN_ALL = 500;
export const MAX_CHOICES = 100;
export const MAX_CUSTOM_TEXT = 1000;

export const hasChoices = (type: CustomFieldType) => type === 'choice' || type === 'choices';

const label = z.string().trim().min(1).max(60);
const choiceLabel = z.string().trim().min(1).max(80);

export const customFieldDef = z.object({
  id,
  entity: z.enum(CUSTOM_FIELD_ENTITIES),
  label: z.string(),
  type: z.enum(CUSTOM_FIELD_TYPES),
  /** The choices, in the order they are offered; empty unless the type has choices. */
  choices: z.array(z.string()),
  /** Shown as a column of the entity's list. */
  inList: z.boolean(),
  /** Archived fields keep their values but leave forms, lists, filters, imports and exports. */
  archived: z.boolean(),
  position: z.number().int(),
  version,
});
export type CustomFieldDef = z.infer<typeof customFieldDef>;

/** Choices are unique regardless of case: "VIP" and "vip" would be one choice to a reader. */
const choiceList = z
  .array(choiceLabel)
  .max(MAX_CHOICES)
  .superRefine((choices, ctx) => {
    const seen = new Set<string>();
    choices.forEach((choice, index) => {
      const key = choice.toLocaleLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index], message: 'listed twice' });
      seen.add(key);
    });
  });

export const customFieldInput = z
  .object({
    entity: z.enum(CUSTOM_FIELD_ENTITIES),
    label,
    type: z.enum(CUSTOM_FIELD_TYPES),
    choices: choiceList.optional(),
    inList: z.boolean().optional(),
  })
  .strict()
  .superRefine(({ type, choices }, ctx) => {
    if (hasChoices(type) && (choices ?? []).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'at least one choice' });
    }
    if (!hasChoices(type) && (choices ?? []).length > 0) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'only choice fields have choices' });
    }
  });
export type CustomFieldInput = z.infer<typeof customFieldInput>;

/**
 * A field's type never changes (stored values would no longer fit). Choices may be added and
 * reordered; removing a choice that a record still holds is refused with VALIDATION.
 */
export const customFieldPatch = z
  .object({ label, choices: choiceList, inList: z.boolean(), archived: z.boolean() })
  .partial()
  .strict();
export type CustomFieldPatch = z.infer<typeof customFieldPatch>;

/**
 * A stored value: text, number and date (`YYYY-MM-DD`) fields hold a string or number, `choice`
 * one of its choices, `choices` a list of them, `checkbox` a boolean. A field with no value is
 * absent from the map; the core checks each value against its field's definition.
 */
export const customValue = z.union([
  z.string().max(MAX_CUSTOM_TEXT),
  z.number().finite(),
  z.boolean(),
  z.array(z.string().max(80)).max(MAX_CHOICES),
]);
export type CustomValue = z.infer<typeof customValue>;

/** A record's values by field id (a decimal string, as JSON object keys are). */
export const customValues = z
  .record(z.string().regex(/^[1-9]\d{0,9}$/, 'a field id'), customValue)
  .refine((values) => Object.keys(values).length <= MAX_FIELDS_IN_ALL, 'too many fields');
export type CustomValues = z.infer<typeof customValues>;

/** One filter condition on a custom field of the listed entity; conditions are ANDed. */
export const customCondition = z.discriminatedUnion('op', [
  /** Text fields: the value contains this text, case folded. */
  z.object({ op: z.literal('contains'), fieldId: id, text: z.string().trim().min(1).max(200) }).strict(),
  /** Choice: equals the choice; choices: holds it; checkbox: equals the boolean. */
  z.object({ op: z.literal('is'), fieldId: id, value: z.union([choiceLabel, z.boolean()]) }).strict(),
  /** Number or date fields, bounds included; at least one bound. */
  z
    .object({
      op: z.literal('between'),
      fieldId: id,
      min: z.union([z.number().finite(), calendarDay]).optional(),
      max: z.union([z.number().finite(), calendarDay]).optional(),
    })
    .strict()
    .refine(({ min, max }) => min !== undefined || max !== undefined, 'a lower or an upper bound'),
  /** The field has a value (`set`) or has none (`unset`). */
  z.object({ op: z.enum(['set', 'unset']), fieldId: id }).strict(),
]);
export type CustomCondition = z.infer<typeof customCondition>;
export const customConditions = z.array(customCondition).max(5);

const entityInput = z.object({ entity: z.enum(CUSTOM_FIELD_ENTITIES) }).strict();
const fieldList = z.object({ items: z.array(customFieldDef) });

export const customFieldsProcedures = {
  /** Every field of the entity in position order, archived ones included (flagged). */
  'customFields.list': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: entityInput,
    output: fieldList,
  }),
  'customFields.create': procedure({
    module: 'contacts',
    lowestRole: 'admin',
    input: customFieldInput,
    output: customFieldDef,
  }),
  'customFields.update': procedure({
    module: 'contacts',
    lowestRole: 'admin',
    input: z.object({ id, version, patch: customFieldPatch }).strict(),
    output: customFieldDef,
  }),
  /** The entity's fields in their new order: every field id exactly once. */
  'customFields.reorder': procedure({
    module: 'contacts',
    lowestRole: 'admin',
    input: z.object({ entity: z.enum(CUSTOM_FIELD_ENTITIES), ids: z.array(id).max(200) }).strict(),
    output: fieldList,
  }),
};
