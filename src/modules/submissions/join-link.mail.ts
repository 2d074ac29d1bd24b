import { z } from 'zod';
import { SIGN_IN_LINK_MINUTES } from '../../platform/auth/auth-tokens.js';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';

/** The join link ordered on the "For organisations" page: signs the person in and opens a new join form. */
export const joinLinkMail = defineMailTemplate({
  name: 'join-link',
  params: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) }).strict(),
  render: ({ token }, { t, link }) => ({
    subject: t('submissions.mail.join.subject'),
    blocks: [
      { kind: 'heading', text: t('submissions.mail.join.heading') },
      { kind: 'paragraph', text: t('submissions.mail.join.body', { minutes: SIGN_IN_LINK_MINUTES }) },
      { kind: 'action', label: t('submissions.mail.join.action'), href: link(`/join/${token}`) },
      { kind: 'paragraph', text: t('submissions.mail.join.resume') },
      { kind: 'paragraph', text: t('submissions.mail.join.ignore') },
    ],
  }),
});
