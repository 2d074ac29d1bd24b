import { z } from 'zod';
import { defineMailTemplate } from '../mail/mail-template.js';
import { safeReturnPath, SIGN_IN_LINK_MINUTES } from './auth-tokens.js';

/** The one-time sign-in link. The token travels in the job payload and the mail only; the database keeps its hash. */
export const signInLinkMail = defineMailTemplate({
  name: 'sign-in-link',
  params: z
    .object({
      token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
      /** Where to land after signing in (a path checked by safeReturnPath). */
      next: z.string().max(300).optional(),
    })
    .strict(),
  render: ({ token, next }, { t, link }) => ({
    subject: t('auth.mail.subject'),
    blocks: [
      { kind: 'heading', text: t('auth.mail.heading') },
      { kind: 'paragraph', text: t('auth.mail.body', { minutes: SIGN_IN_LINK_MINUTES }) },
      { kind: 'action', label: t('auth.mail.action'), href: `${link(`/sign-in/${token}`)}${next && safeReturnPath(next) ? `?next=${encodeURIComponent(next)}` : ''}` },
      { kind: 'paragraph', text: t('auth.mail.ignore') },
    ],
  }),
});
