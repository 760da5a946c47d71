/**
 * What another module links to a contact (follow-ups, deals, work orders, calls …), as a merge
 * of duplicates needs it: the linked items of a contact, and moving items to another contact.
 */
export interface ContactLink {
  itemsOf(contactId: number): number[];
  /** `at`: when, for modules that stamp their rows' `updated_at`. */
  reassign(itemIds: readonly number[], contactId: number, at: number): void;
}

/** The registration point of contact links: modules add theirs, the merge knows none of them. */
export function createContactLinks() {
  const links = new Map<string, ContactLink>();
  return {
    register(name: string, link: ContactLink): void {
      if (links.has(name)) throw new Error(`contact link "${name}" is registered twice`);
      links.set(name, link);
    },
    get(name: string): ContactLink | undefined {
      return links.get(name);
    },
    all: (): [string, ContactLink][] => [...links],
  };
}

export type ContactLinks = ReturnType<typeof createContactLinks>;
