import { z } from 'zod';
import { pick } from '../../platform/i18n/i18n.js';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';
import { REFERENCE_PATTERN } from './contact-details.js';

const names = z.object({ fi: z.string().min(1).max(500), sv: z.string().max(500).nullable(), en: z.string().max(500).nullable() }).strict();

/**
 * To a professional who left an address for follow-up: the organisation marked the request contacted or could not
 * reach the client. Only the reference, the organisation's name and the outcome: never anything about the client
 * (no name, phone, e-mail, message or preferred time), in the params or the text.
 */
export const contactRequestFollowUpMail = defineMailTemplate({
  name: 'contact-request-follow-up',
  params: z
    .object({
      reference: z.string().regex(REFERENCE_PATTERN),
      organization: names,
      outcome: z.enum(['contacted', 'unreachable']),
    })
    .strict(),
  render: (p, { t, lang }) => {
    const organization = pick(lang, p.organization.fi, p.organization.sv, p.organization.en);
    const params = { reference: p.reference, organization };
    return {
      subject: t(p.outcome === 'contacted' ? 'inbox.mail.followUp.subject.contacted' : 'inbox.mail.followUp.subject.unreachable', params),
      blocks: [
        { kind: 'heading', text: t('inbox.mail.followUp.heading', params) },
        { kind: 'paragraph', text: t(p.outcome === 'contacted' ? 'inbox.mail.followUp.contacted' : 'inbox.mail.followUp.unreachable', params) },
        ...(p.outcome === 'unreachable' ? [{ kind: 'paragraph' as const, text: t('inbox.mail.followUp.unreachableHint') }] : []),
        { kind: 'paragraph', text: t('inbox.mail.followUp.why') },
      ],
    };
  },
});
