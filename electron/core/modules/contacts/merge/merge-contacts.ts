import { editablePatch, type Contact, type ContactPatch } from '../../../../../shared/contacts/contract';
import { CrmError } from '../../../../../shared/errors';
import type { CoreContext } from '../../../context';
import { fieldChanges } from '../changes-repository';
import type { MovedItems } from './merge-repository';

export interface MergeRequest {
  targetId: number;
  targetVersion: number;
  sources: { id: number; version: number }[];
  patch: ContactPatch;
}

type MergeContext = Pick<
  CoreContext,
  'db' | 'contacts' | 'contactChanges' | 'contactLinks' | 'merges' | 'customFields'
>;

/** A live contact at the version the caller read; CONFLICT or NOT_FOUND otherwise. */
function liveAt(ctx: MergeContext, id: number, version: number): Contact {
  const contact = ctx.contacts.get(id);
  if (contact.deletedAt !== null) throw new CrmError('NOT_FOUND', 'This contact is in the trash.', { id });
  if (contact.version !== version) {
    throw new CrmError('CONFLICT', 'Someone else changed one of these contacts since you opened it.', {
      id,
      currentVersion: contact.version,
    });
  }
  return contact;
}

/**
 * The custom values the merged contact keeps: the patch's when it names them (checked as an edit's
 * are), else every value of every record, the target's winning a clash, then the first source's.
 */
function mergedCustom(ctx: MergeContext, target: Contact, sources: readonly Contact[], patch: ContactPatch) {
  if (patch.custom !== undefined) {
    return ctx.customFields.check('contact', patch.custom, target.custom, ['patch', 'custom']);
  }
  return Object.assign(
    {},
    ...[...sources].reverse().map((source) => source.custom),
    target.custom,
  ) as Contact['custom'];
}

/** Writes the target's new fields and logs them on its timeline, as an edit would. */
function updateTarget(ctx: MergeContext, target: Contact, patch: ContactPatch, userId: number, at: number) {
  const after = ctx.contacts.update(target.id, target.version, patch, at);
  ctx.contactChanges.record(target.id, fieldChanges(target, after), userId, at);
  return after;
}

/**
 * One transaction: the target takes the picked values, every linked item of the sources moves
 * to it, the sources go to the trash, and the merge is recorded for undo.
 */
export function mergeContacts(ctx: MergeContext, request: MergeRequest, userId: number, at: number) {
  const sourceIds = request.sources.map((source) => source.id);
  if (new Set(sourceIds).size !== sourceIds.length || sourceIds.includes(request.targetId)) {
    throw new CrmError('VALIDATION', 'Some fields are not valid.', {
      issues: [{ path: ['sources'], message: 'each contact may be merged once, and not into itself' }],
    });
  }
  return ctx.db.transaction(() => {
    const target = liveAt(ctx, request.targetId, request.targetVersion);
    const sources = request.sources.map((source) => liveAt(ctx, source.id, source.version));
    const custom = mergedCustom(ctx, target, sources, request.patch);
    const merged = updateTarget(ctx, target, { ...request.patch, custom }, userId, at);
    const moved: MovedItems[] = [];
    for (const source of sources) {
      for (const [link, items] of ctx.contactLinks.all()) {
        const ids = items.itemsOf(source.id);
        if (ids.length === 0) continue;
        items.reassign(ids, target.id, at);
        moved.push({ link, from: source.id, ids });
      }
      ctx.contacts.setTrashed(source.id, true, at);
    }
    const mergeId = ctx.merges.record(
      {
        targetId: target.id,
        sourceIds,
        targetBefore: target,
        moved,
        targetVersion: merged.version,
        mergedBy: userId,
      },
      at,
    );
    return { mergeId, contact: merged, sources };
  })();
}

/**
 * Puts everything back: the target's fields, the moved items, the sources out of the trash.
 * Refused once the target was changed after the merge, since undo would overwrite that change.
 */
export function undoMerge(ctx: MergeContext, mergeId: number, userId: number, at: number) {
  return ctx.db.transaction(() => {
    const merge = ctx.merges.get(mergeId);
    if (merge.undoneAt !== null)
      throw new CrmError('CONFLICT', 'This merge was already undone.', { mergeId });
    const target = ctx.contacts.get(merge.targetId);
    if (target.version !== merge.targetVersion || target.deletedAt !== null) {
      throw new CrmError(
        'CONFLICT',
        'The merged contact was changed after the merge, so it cannot be undone.',
        {
          mergeId,
          currentVersion: target.version,
        },
      );
    }
    const contact = updateTarget(ctx, target, editablePatch(merge.targetBefore), userId, at);
    for (const { link, from, ids } of merge.moved) ctx.contactLinks.get(link)?.reassign(ids, from, at);
    const restored = merge.sourceIds.map((id) => ctx.contacts.setTrashed(id, false, at));
    ctx.merges.markUndone(mergeId, at);
    return { contact, restored };
  })();
}
