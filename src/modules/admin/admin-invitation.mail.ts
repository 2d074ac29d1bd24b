import { z } from 'zod';
import { SIGN_IN_LINK_MINUTES } from '../../platform/auth/auth-tokens.js';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';

/** To a person appointed platform or regional administrator: what they became, and a one-time sign-in link. */
export const adminInvitationMail = defineMailTemplate({
  name: 'admin-invitation',
  params: z
    .object({
      token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
      role: z.enum(['platform_admin', 'regional_admin']),
      regionName: z.string().max(200),
    })
    .strict(),
  render: ({ token, role, regionName }, { t, link }) => ({
    subject: t('admin.mail.subject'),
    blocks: [
      { kind: 'heading', text: t('admin.mail.heading') },
      { kind: 'paragraph', text: role === 'platform_admin' ? t('admin.mail.platform') : t('admin.mail.regional', { region: regionName }) },
      { kind: 'action', label: t('admin.mail.action'), href: link(`/sign-in/${token}`) },
      { kind: 'paragraph', text: t('admin.mail.expiry', { minutes: SIGN_IN_LINK_MINUTES }) },
      { kind: 'action', label: t('admin.mail.later'), href: link('/sign-in') },
    ],
  }),
});
