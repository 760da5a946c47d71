import { TRANSFER_FIELD_NAMES, type TransferField } from '../../shared/contacts/transfer-fields';

/** A contact field as the file's columns would name it, in the UI's language. */
export const fieldLabel = (field: TransferField, language: string): string =>
  TRANSFER_FIELD_NAMES[field][language.startsWith('zh') ? 'zh' : 'en'];
