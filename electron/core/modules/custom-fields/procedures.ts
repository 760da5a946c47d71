import type { CustomFieldDef, customFieldsProcedures } from '../../../../shared/custom-fields/contract';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import type { HeldChoice } from './service';

export function customFieldsHandlers(ctx: CoreContext): HandlersFor<keyof typeof customFieldsProcedures> {
  /** Forms, lists and filters of everyone follow a change of the fields. */
  const changed = <T>(entity: CustomFieldDef['entity'], result: T): T => {
    ctx.events.emit('customFields.changed', { entity });
    return result;
  };

  const heldChoice: HeldChoice = (field, choices) =>
    field.entity === 'contact'
      ? ctx.contacts.heldChoice(field.id, choices)
      : ctx.deals.heldChoice(field.id, choices);

  return {
    'customFields.list': ({ entity }) => ({ items: [...ctx.customFields.definitions(entity)] }),
    'customFields.create': (input) => {
      const created = ctx.customFields.create(input, ctx.now());
      return changed(created.entity, created);
    },
    'customFields.update': ({ id, version, patch }) => {
      const updated = ctx.customFields.update(id, version, patch, heldChoice, ctx.now());
      return changed(updated.entity, updated);
    },
    'customFields.reorder': ({ entity, ids }) =>
      changed(entity, { items: ctx.customFields.reorder(entity, ids, ctx.now()) }),
  };
}
