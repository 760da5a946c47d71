import { z } from 'zod';
import { uploadId } from '../contacts/transfer-contract';
import { procedure } from '../procedure';

const id = z.number().int().positive();

/** The largest file a work order takes, and how many files one may hold. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const MAX_ATTACHMENTS = 50;

/** A file attached to a work order, kept under the data directory. */
export const attachment = z.object({
  id,
  workOrderId: id,
  fileName: z.string(),
  size: z.number().int().min(0),
  addedById: id,
  addedByName: z.string(),
  addedAt: z.number().int(),
});
export type Attachment = z.infer<typeof attachment>;

export const workOrderAttachmentsProcedures = {
  'workorders.attachments.list': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ workOrderId: id }).strict(),
    output: z.object({ items: z.array(attachment) }),
  }),
  /** Attaches a file sent by `upload` (bridge); the upload is used up. */
  'workorders.attachments.add': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    input: z.object({ workOrderId: id, uploadId }).strict(),
    output: attachment,
  }),
  /** Prepares a copy of the file for the bridge's `download`. */
  'workorders.attachments.download': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ id }).strict(),
    output: z.object({ downloadId: uploadId, fileName: z.string() }),
  }),
  /** By whoever attached it, or an admin or the owner; the file is deleted. */
  'workorders.attachments.remove': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    input: z.object({ id }).strict(),
    output: z.object({ id }),
  }),
};
