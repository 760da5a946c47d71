import { z } from 'zod';
import { procedure } from '../procedure';

/**
 * Who sees which customers. `all`: everyone sees every customer. `own`: staff and agents see
 * the customers they own and those shared with them. Owner and admin see all in both.
 */
export const CUSTOMER_VISIBILITY = ['all', 'own'] as const;
export type CustomerVisibility = (typeof CUSTOMER_VISIBILITY)[number];

export const companySettings = z.object({
  name: z.string(),
  customerVisibility: z.enum(CUSTOMER_VISIBILITY),
  version: z.number().int().positive(),
});
export type CompanySettings = z.infer<typeof companySettings>;

export const companySettingsPatch = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    customerVisibility: z.enum(CUSTOMER_VISIBILITY).optional(),
  })
  .strict();

export const companyProcedures = {
  'company.settings.get': procedure({
    module: 'core',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({}).strict(),
    output: companySettings,
  }),
  'company.settings.update': procedure({
    module: 'core',
    lowestRole: 'admin',
    input: z.object({ version: z.number().int().positive(), patch: companySettingsPatch }).strict(),
    output: companySettings,
  }),
};
