import { CrmError } from '../../../../../shared/errors';
import { roleAtLeast } from '../../../../../shared/roles';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  type workOrderAttachmentsProcedures,
} from '../../../../../shared/workorders/attachments';
import type { HandlersFor } from '../../../api';
import type { CoreContext } from '../../../context';
import { tooLarge } from '../../../jobs/temp-files';
import type { AttachmentRepository } from './repository';
import type { AttachmentStore } from './store';

export function workOrderAttachmentsHandlers(
  ctx: CoreContext,
  attachments: AttachmentRepository,
  store: AttachmentStore,
): HandlersFor<keyof typeof workOrderAttachmentsProcedures> {
  /** Everyone may see a work order, so everyone's open page follows its files. */
  const changed = (workOrderId: number) => ctx.events.emit('workorder.attachmentsChanged', { workOrderId });

  return {
    'workorders.attachments.list': ({ workOrderId }) => {
      ctx.workOrders.get(workOrderId);
      return { items: attachments.list(workOrderId) };
    },

    'workorders.attachments.add': ({ workOrderId, uploadId }, call) => {
      const user = call.session!.user;
      ctx.workOrders.get(workOrderId);
      const { fileName, size } = ctx.files.uploadInfo(uploadId, user.id);
      if (size > MAX_ATTACHMENT_BYTES) throw tooLarge(MAX_ATTACHMENT_BYTES);
      if (attachments.count(workOrderId) >= MAX_ATTACHMENTS) {
        throw new CrmError('VALIDATION', `A work order holds at most ${MAX_ATTACHMENTS} files.`, {
          issues: [{ path: ['workOrderId'], message: 'too many attachments' }],
        });
      }
      const storedAs = store.keep(ctx.files.takeUpload(uploadId, user.id));
      try {
        const added = attachments.add({
          workOrderId,
          fileName,
          storedAs,
          size,
          addedBy: user.id,
          at: ctx.now(),
        });
        changed(workOrderId);
        return added;
      } catch (error) {
        store.remove(storedAs);
        throw error;
      }
    },

    'workorders.attachments.download': ({ id }, call) => {
      const { attachment, storedAs } = attachments.get(id);
      const path = store.pathOf(storedAs);
      if (!path) {
        throw new CrmError('NOT_FOUND', 'The file of this attachment is missing from the data folder.', {
          id,
          file: 'missing',
        });
      }
      const downloadId = ctx.files.saveDownloadCopy(call.session!.user.id, attachment.fileName, path);
      return { downloadId, fileName: attachment.fileName };
    },

    'workorders.attachments.remove': ({ id }, call) => {
      const user = call.session!.user;
      const { attachment, storedAs } = attachments.get(id);
      if (attachment.addedById !== user.id && !roleAtLeast(user.role, 'admin')) {
        throw new CrmError('FORBIDDEN', 'Only whoever attached a file, an admin or the owner may remove it.');
      }
      attachments.remove(id);
      store.remove(storedAs);
      changed(attachment.workOrderId);
      return { id };
    },
  };
}
