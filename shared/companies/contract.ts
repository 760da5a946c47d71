import { z } from 'zod';
import { followup } from '../followups/contract';
import { page, pageInput } from '../paging';
import { procedure } from '../procedure';

const id = z.number().int().positive();

export const company = z.object({
  id,
  name: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  version: z.number().int().positive(),
});
export type Company = z.infer<typeof company>;

/** A contact as a company page lists it: enough to recognise and reach them. */
export const companyContact = z.object({
  id,
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type CompanyContact = z.infer<typeof companyContact>;

export const companiesProcedures = {
  'companies.get': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ id }).strict(),
    output: company,
  }),
  /** The company's contacts in the list (not the trash), by name. */
  'companies.contacts': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: pageInput({ companyId: id }),
    output: page(companyContact),
  }),
  /** The company's follow-ups and those of its contacts, latest due (or created) first. */
  'companies.followups': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: pageInput({ companyId: id }),
    output: page(followup),
  }),
};
