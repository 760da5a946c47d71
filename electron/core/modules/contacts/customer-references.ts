import { CrmError } from '../../../../shared/errors';
import type { ContactRepository } from './repository';

/** A field's problem, as VALIDATION details name it. */
export type FieldIssue = { path: string[]; message: string };

type Contacts = Pick<ContactRepository, 'get' | 'hasCompany'>;
type CustomerFields = { contactId: number | null; companyId: number | null };

/** Why a record of another module may not be linked to this contact, or null. */
export function contactIssue(contacts: Contacts, contactId: number): string | null {
  try {
    return contacts.get(contactId).deletedAt === null ? null : 'this contact is in the trash';
  } catch (error) {
    if (error instanceof CrmError && error.code === 'NOT_FOUND') return 'no such contact';
    throw error;
  }
}

/**
 * What is wrong with the contact and company a record would be stored with: the contact must
 * exist and not be in the trash, the company must exist. A reference kept as it was (`before`)
 * is not checked again, so a record whose contact went to the trash can still be edited.
 */
export function customerIssues(
  contacts: Contacts,
  fields: CustomerFields,
  before: CustomerFields | null,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (fields.contactId !== null && fields.contactId !== before?.contactId) {
    const message = contactIssue(contacts, fields.contactId);
    if (message) issues.push({ path: ['contactId'], message });
  }
  if (
    fields.companyId !== null &&
    fields.companyId !== before?.companyId &&
    !contacts.hasCompany(fields.companyId)
  ) {
    issues.push({ path: ['companyId'], message: 'no such company' });
  }
  return issues;
}
