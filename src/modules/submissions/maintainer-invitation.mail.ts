import { z } from 'zod';
import { SIGN_IN_LINK_MINUTES } from '../../platform/auth/auth-tokens.js';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';

/** To a person a maintainer added as a co-maintainer of an organisation: a one-time sign-in link. */
export const maintainerInvitationMail = defineMailTemplate({
  name: 'maintainer-invitation',
  params: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/), organizationName: z.string().max(300) }).strict(),
  render: ({ token, organizationName }, { t, link }) => ({
    subject: t('submissions.mail.invite.subject', { name: organizationName }),
    blocks: [
      { kind: 'heading', text: t('submissions.mail.invite.heading') },
      { kind: 'paragraph', text: t('submissions.mail.invite.body', { name: organizationName }) },
      { kind: 'action', label: t('submissions.mail.invite.action'), href: link(`/sign-in/${token}`) },
      { kind: 'paragraph', text: t('submissions.mail.invite.expiry', { minutes: SIGN_IN_LINK_MINUTES }) },
    ],
  }),
});
