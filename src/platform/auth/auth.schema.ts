import { z } from 'zod';
import { isPlausibleEmail, normalizeEmail } from './auth-tokens.js';

const mailableEmail = z.email();

/** An e-mail address as typed in a form: trimmed, lower-cased, required and plausible (errors are message keys). */
export const emailAddress = z
  .string()
  .trim()
  .min(1, 'auth.signIn.emailMissing')
  .max(320, 'auth.signIn.emailInvalid')
  .transform(normalizeEmail)
  .refine(isPlausibleEmail, 'auth.signIn.emailInvalid')
  // What the mail job accepts (its `to` is checked with z.email()): refused here, next to the field, not later.
  .refine((email) => mailableEmail.safeParse(email).success, 'auth.signIn.emailInvalid');

/** The sign-in form: an address, and where to go after signing in (checked with safeReturnPath). */
export const signInForm = z.object({ email: emailAddress, next: z.string().max(1000).optional() });
