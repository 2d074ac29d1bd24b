import { z } from 'zod';
import { formatDate, pick } from '../../platform/i18n/i18n.js';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';

const centre = { centreId: z.string().uuid(), centreFi: z.string().max(200), centreSv: z.string().max(200) };

/** To a centre's liaisons: material waits for their decision. */
export const materialSentMail = defineMailTemplate({
  name: 'centre-material-sent',
  params: z.object({ ...centre, title: z.string().max(200) }).strict(),
  render: ({ centreId, centreFi, centreSv, title }, { t, link, lang }) => ({
    subject: t('centres.mail.sent.subject', { centre: pick(lang, centreFi, centreSv) }),
    blocks: [
      { kind: 'heading', text: t('centres.mail.sent.subject', { centre: pick(lang, centreFi, centreSv) }) },
      { kind: 'paragraph', text: t('centres.mail.sent.body', { title }) },
      { kind: 'action', label: t('centres.mail.sent.action'), href: link(`/centres/${centreId}/desk`) },
    ],
  }),
});

/** To the sender: a centre's liaison approved the material or returned it with a message. */
export const materialDecisionMail = defineMailTemplate({
  name: 'centre-material-decision',
  params: z.object({ ...centre, title: z.string().max(200), decision: z.enum(['approved', 'returned']), message: z.string().max(1000) }).strict(),
  render: ({ centreFi, centreSv, title, decision, message }, { t, link, lang }) => {
    const names = { centre: pick(lang, centreFi, centreSv), title };
    return {
      subject: t(`centres.mail.${decision}.subject`, names),
      blocks: [
        { kind: 'heading', text: t(`centres.mail.${decision}.subject`, names) },
        { kind: 'paragraph', text: t(`centres.mail.${decision}.body`, names) },
        ...(message ? [{ kind: 'paragraph' as const, text: `${t('centres.mail.message')} ${message}` }] : []),
        { kind: 'action', label: t('centres.mail.mine'), href: link('/my/materials') },
      ],
    };
  },
});

/** To the sender, once, two weeks before the material's validity ends. */
export const materialExpiryMail = defineMailTemplate({
  name: 'centre-material-expiry',
  params: z.object({ title: z.string().max(200), validUntil: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
  render: ({ title, validUntil }, { t, link, lang }) => ({
    subject: t('centres.mail.expiry.subject', { title }),
    blocks: [
      { kind: 'heading', text: t('centres.mail.expiry.subject', { title }) },
      { kind: 'paragraph', text: t('centres.mail.expiry.body', { title, date: formatDate(validUntil, lang) }) },
      { kind: 'action', label: t('centres.mail.expiry.action'), href: link('/my/materials/new') },
    ],
  }),
});
