/** The page a follow-up is about: its contact's, else its company's. */
export function followupPath(f: { contactId: number | null; companyId: number | null }): string | null {
  if (f.contactId !== null) return `/contacts/${f.contactId}`;
  if (f.companyId !== null) return `/companies/${f.companyId}`;
  return null;
}
