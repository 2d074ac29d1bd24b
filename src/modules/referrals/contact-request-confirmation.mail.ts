import { z } from 'zod';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';
import { REFERENCE_PATTERN } from './contact-details.js';
import { MAX_RECIPIENTS } from './referrals.types.js';

/**
 * To a resident who asked for themself and gave an e-mail address: the request went out. No details of the request
 * (no name, phone, message or time): the reference, the organisations' public names, what happens next and when the
 * details are erased. The address itself is the job's `to`, as for every e-mail (finished jobs are pruned).
 */
export const contactRequestConfirmationMail = defineMailTemplate({
  name: 'contact-request-confirmation',
  params: z
    .object({
      reference: z.string().regex(REFERENCE_PATTERN),
      organizations: z.array(z.string().min(1).max(300)).min(1).max(MAX_RECIPIENTS),
      eraseAfterDays: z.number().int().positive(),
    })
    .strict(),
  render: (p, { t, link }) => ({
    subject: t('referrals.mail.confirmation.subject', { reference: p.reference }),
    blocks: [
      { kind: 'heading', text: t('referrals.mail.confirmation.heading') },
      { kind: 'paragraph', text: t('referrals.mail.confirmation.recipients') },
      { kind: 'list', items: p.organizations },
      { kind: 'paragraph', text: t('referrals.mail.confirmation.next') },
      { kind: 'paragraph', text: t('referrals.mail.confirmation.reference', { reference: p.reference }) },
      { kind: 'paragraph', text: t('referrals.mail.confirmation.erased', { days: p.eraseAfterDays }) },
      { kind: 'paragraph', text: t('referrals.mail.confirmation.notYou') },
      { kind: 'action', label: t('referrals.mail.confirmation.privacy'), href: link('/privacy') },
    ],
  }),
});
