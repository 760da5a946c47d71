import type { Contact } from '../../../../../shared/contacts/contract';
import { escapeValue, foldLine } from './vcard-text';

/** A contact as a vCard 4.0, lines folded at 75 octets. The whole address goes in ADR's street. */
export function contactVcard(contact: Contact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeValue(contact.name)}`];
  if (contact.companyName) lines.push(`ORG:${escapeValue(contact.companyName)}`);
  if (contact.title) lines.push(`TITLE:${escapeValue(contact.title)}`);
  for (const phone of contact.phones) lines.push(`TEL;VALUE=text:${escapeValue(phone)}`);
  for (const email of contact.emails) lines.push(`EMAIL:${escapeValue(email)}`);
  if (contact.address) lines.push(`ADR:;;${escapeValue(contact.address)};;;;`);
  if (contact.tags.length > 0) lines.push(`CATEGORIES:${contact.tags.map(escapeValue).join(',')}`);
  if (contact.notes) lines.push(`NOTE:${escapeValue(contact.notes)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('');
}
