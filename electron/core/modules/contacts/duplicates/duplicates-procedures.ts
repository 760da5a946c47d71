import type { Contact } from '../../../../../shared/contacts/contract';
import type {
  DuplicateReason,
  duplicatesProcedures,
} from '../../../../../shared/contacts/duplicates-contract';
import { CrmError } from '../../../../../shared/errors';
import { roleAtLeast } from '../../../../../shared/roles';
import type { HandlersFor } from '../../../api';
import type { CoreContext } from '../../../context';
import { mergeContacts, undoMerge } from '../merge/merge-contacts';
import { checkOwner } from '../owner-check';
import { createDuplicateLookup } from '../transfer/duplicate-lookup';
import { duplicateGroups } from './duplicate-groups';

const CHECK_LIMIT = 5;
const DEFAULT_GROUPS = 100;

export function duplicatesHandlers(ctx: CoreContext): HandlersFor<keyof typeof duplicatesProcedures> {
  const lookup = createDuplicateLookup(ctx.db);
  const changed = (contact: Contact, action: 'updated' | 'deleted' | 'restored') =>
    ctx.events.emit(
      'contact.changed',
      { id: contact.id, action, version: contact.version },
      ctx.customers.audienceOf(contact.id),
    );

  return {
    'contacts.duplicates.check': ({ name, companyName, phones, emails, excludeId }, call) => {
      const reasons = new Map<number, Set<DuplicateReason>>();
      const found = (ids: number[], reason: DuplicateReason) => {
        for (const id of ids)
          if (id !== excludeId) reasons.set(id, (reasons.get(id) ?? new Set()).add(reason));
      };
      for (const email of emails ?? []) found(lookup.byEmail(email), 'email');
      for (const phone of phones ?? []) found(lookup.byPhone(phone), 'phone');
      if (name && companyName) found(ctx.duplicates.byNameAndCompany(name, companyName), 'name and company');
      const visible = [...reasons].filter(([id]) => ctx.customers.canSee(call.scope, id));
      return {
        items: visible
          .slice(0, CHECK_LIMIT)
          .map(([id, why]) => ({ contact: ctx.contacts.get(id), reasons: [...why].sort() })),
        hidden: reasons.size - visible.length,
      };
    },

    'contacts.duplicates.find': ({ limit }, call) => {
      const groups = duplicateGroups(ctx.duplicates.sharedKeys(call.scope));
      return {
        groups: groups.slice(0, limit ?? DEFAULT_GROUPS).map((group) => ({
          reasons: group.reasons,
          contacts: group.ids.map((id) => ctx.contacts.get(id)),
        })),
        total: groups.length,
      };
    },

    'contacts.merge': (input, call) => {
      checkOwner(ctx.users, input.patch.ownerId, ['patch', 'ownerId']);
      for (const source of input.sources) {
        if (!ctx.customers.canSee(call.scope, source.id)) {
          throw new CrmError('NOT_FOUND', 'This contact does not exist.', { id: source.id });
        }
      }
      const { mergeId, contact, sources } = mergeContacts(ctx, input, call.session!.user.id, ctx.now());
      changed(contact, 'updated');
      for (const source of sources) changed(ctx.contacts.get(source.id), 'deleted');
      return { mergeId, contact };
    },

    'contacts.merge.undo': ({ mergeId }, call) => {
      const merge = ctx.merges.get(mergeId);
      const caller = call.session!.user;
      if (!ctx.customers.canSee(call.scope, merge.targetId)) {
        throw new CrmError('NOT_FOUND', 'This merge does not exist.', { id: mergeId });
      }
      if (merge.mergedBy !== caller.id && !roleAtLeast(caller.role, 'admin')) {
        throw new CrmError('FORBIDDEN', 'Only whoever merged these contacts, or an admin, can undo it.', {
          required: 'admin',
        });
      }
      const result = undoMerge(ctx, mergeId, caller.id, ctx.now());
      changed(result.contact, 'updated');
      for (const contact of result.restored) changed(contact, 'restored');
      return result;
    },
  };
}
