import { z } from 'zod';
import { SIGN_IN_LINK_MINUTES } from '../../platform/auth/auth-tokens.js';
import { pick } from '../../platform/i18n/i18n.js';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';

/** To a person appointed liaison (järjestöyhdyshenkilö) of a care centre: which centre, and a one-time sign-in link. */
export const liaisonInvitationMail = defineMailTemplate({
  name: 'liaison-invitation',
  params: z
    .object({
      token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
      centreId: z.string().uuid(),
      centreFi: z.string().max(200),
      centreSv: z.string().max(200),
    })
    .strict(),
  render: ({ token, centreId, centreFi, centreSv }, { t, link, lang }) => ({
    subject: t('centres.mail.invitation.subject'),
    blocks: [
      { kind: 'heading', text: t('centres.mail.invitation.heading') },
      { kind: 'paragraph', text: t('centres.mail.invitation.body', { centre: pick(lang, centreFi, centreSv) }) },
      { kind: 'action', label: t('centres.mail.invitation.action'), href: link(`/sign-in/${token}`) },
      { kind: 'paragraph', text: t('centres.mail.invitation.expiry', { minutes: SIGN_IN_LINK_MINUTES }) },
      { kind: 'action', label: t('centres.mail.invitation.desk'), href: link(`/centres/${centreId}/desk`) },
    ],
  }),
});
