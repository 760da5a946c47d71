import {
  importContacts,
  type ImportOptions,
} from '../../../electron/core/modules/contacts/transfer/import-contacts';
import { openImportSource } from '../../../electron/core/modules/contacts/transfer/import-source';
import { parseColumnMap } from '../../../electron/core/modules/contacts/transfer/column-map';
import type { Contact } from '../../../shared/contacts/contract';
import type { TestCore } from '../core/helpers';
import { ALL_CUSTOMERS } from '../../../electron/core/modules/contacts/visibility';

// Known GBK byte pairs, as Chinese Excel writes them.
export const GBK: Record<string, number[]> = {
  张: [0xd5, 0xc5],
  伟: [0xce, 0xb0],
  王: [0xcd, 0xf5],
  公: [0xb9, 0xab],
  司: [0xcb, 0xbe],
  姓: [0xd0, 0xd5],
  名: [0xc3, 0xfb],
};

/** Text as GBK bytes: ASCII as is, Chinese characters from the table above. */
export function gbk(text: string): Uint8Array {
  return new Uint8Array(
    [...text].flatMap((char) => {
      if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
      const bytes = GBK[char];
      if (!bytes) throw new Error(`no GBK bytes for ${char} in the test table`);
      return bytes;
    }),
  );
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export interface ImportCall extends Partial<Omit<ImportOptions, 'ownerId' | 'scope' | 'now'>> {
  fileName?: string;
  map?: string;
}

/** Imports a file's bytes (or UTF-8 text) into the test core, as its owner. */
export async function importFile(t: TestCore, file: Uint8Array | string, call: ImportCall = {}) {
  const { fileName = 'contacts.csv', map, ...options } = call;
  const bytes = typeof file === 'string' ? utf8(file) : file;
  const liveFields = t.core.context.customFields.live('contact');
  const source = openImportSource(bytes, fileName, map ? parseColumnMap(map) : null, liveFields);
  return importContacts(t.core.context, source, {
    match: 'email',
    onDuplicate: 'skip',
    ...options,
    ownerId: t.owner.user.id,
    scope: ALL_CUSTOMERS,
    now: t.clock.now,
  });
}

/** Every live contact, by name. */
export function allContacts(t: TestCore): Contact[] {
  return t.core.context.contacts.list({ limit: 10_000, sort: 'name', filter: {}, scope: ALL_CUSTOMERS })
    .items;
}

/** The fields an import and an export carry, for comparing round trips. */
export const transferred = (contact: Contact) => ({
  name: contact.name,
  companyName: contact.companyName,
  title: contact.title,
  phones: contact.phones,
  emails: contact.emails,
  address: contact.address,
  tags: contact.tags,
  notes: contact.notes,
});
