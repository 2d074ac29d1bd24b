import { z } from 'zod';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';

/**
 * To a region's administrators (portal feedback) or to an organisation's maintainers and its regions' administrators
 * (a data-error report): something has arrived, with a link to read it after signing in. **Never the message or the
 * sender's address**: they are personal data, kept encrypted in the database only.
 */
export const feedbackReceivedMail = defineMailTemplate({
  name: 'feedback-received',
  params: z
    .object({
      id: z.uuid(),
      kind: z.enum(['portal', 'data_error']),
      /** The region's or the organisation's public name in the recipient's language. */
      place: z.string().min(1).max(300),
      /** The activity's public name, when the report came from an activity page. */
      activity: z.string().min(1).max(300).nullable(),
    })
    .strict(),
  render: (p, { t, link }) => ({
    subject: t(p.kind === 'portal' ? 'feedback.mail.portal.subject' : 'feedback.mail.dataError.subject', { place: p.place }),
    blocks: [
      { kind: 'heading', text: t(p.kind === 'portal' ? 'feedback.mail.portal.heading' : 'feedback.mail.dataError.heading') },
      { kind: 'paragraph', text: t(p.kind === 'portal' ? 'feedback.mail.portal.body' : 'feedback.mail.dataError.body', { place: p.place }) },
      ...(p.activity ? [{ kind: 'paragraph' as const, text: t('feedback.mail.activity', { activity: p.activity }) }] : []),
      { kind: 'action', label: t('feedback.mail.action'), href: link(`/feedback/${p.id}`) },
      { kind: 'paragraph', text: t('feedback.mail.why') },
    ],
  }),
});
