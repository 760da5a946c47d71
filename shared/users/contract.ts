import { z } from 'zod';
import { user } from '../auth/contract';
import { procedure } from '../procedure';

export const usersProcedures = {
  'users.list': procedure({
    module: 'core',
    lowestRole: 'staff',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(user) }),
  }),
};
