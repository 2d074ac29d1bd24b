import { z } from 'zod';

/** Input of /admin/users: the appointment form and the "remove role" buttons. */

export const ADMIN_ROLES = ['platform_admin', 'regional_admin'] as const;

/** Appoint an administrator. The address and the region are checked by grantAdminRole (`invalidInput`). */
export const appointForm = z.object({
  email: z.string().max(1000, 'admin.error.email').optional().default(''),
  role: z.enum(ADMIN_ROLES, 'admin.error.role'),
  region: z.string().max(100, 'admin.error.region').optional().default(''),
});

/** A "remove role" button's hidden fields (never typed: a malformed one is a plain 400). */
export const revokeForm = z.object({
  userId: z.uuid(),
  role: z.enum(ADMIN_ROLES),
  region: z.string().max(100).optional().default(''),
});

export const doneQuery = z.object({ done: z.enum(['granted', 'already', 'revoked']).optional().catch(undefined) }).loose();
