import { z } from 'zod';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';
import { REFERENCE_PATTERN } from './contact-details.js';
import { LINK_DAYS, SENDER_KINDS } from './referrals.types.js';

/**
 * To a recipient organisation's contact-request address: a request has arrived, with the signed link that opens it
 * (`/contact-requests/open/<token>`). **No client details**: not in the parameters (they are stored in the job),
 * not in the text. The organisation's and activity's names are the directory's public names.
 */
export const contactRequestReceivedMail = defineMailTemplate({
  name: 'contact-request-received',
  params: z
    .object({
      token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
      reference: z.string().regex(REFERENCE_PATTERN),
      organization: z.string().min(1).max(300),
      activity: z.string().min(1).max(300).nullable(),
      sender: z.enum(SENDER_KINDS),
    })
    .strict(),
  render: (p, { t, link }) => ({
    subject: t('referrals.mail.received.subject', { reference: p.reference }),
    blocks: [
      { kind: 'heading', text: t('referrals.mail.received.heading') },
      { kind: 'paragraph', text: t('referrals.mail.received.body', { organization: p.organization }) },
      ...(p.activity ? [{ kind: 'paragraph' as const, text: t('referrals.mail.received.activity', { activity: p.activity }) }] : []),
      { kind: 'paragraph', text: t(p.sender === 'professional' ? 'referrals.mail.received.byProfessional' : 'referrals.mail.received.bySelf') },
      { kind: 'action', label: t('referrals.mail.received.action'), href: link(`/contact-requests/open/${p.token}`) },
      { kind: 'paragraph', text: t('referrals.mail.received.validity', { days: LINK_DAYS }) },
      { kind: 'action', label: t('referrals.mail.received.inbox'), href: link('/my/contact-requests') },
      { kind: 'paragraph', text: t('referrals.mail.received.reference', { reference: p.reference }) },
      { kind: 'paragraph', text: t('referrals.mail.received.why') },
    ],
  }),
});
