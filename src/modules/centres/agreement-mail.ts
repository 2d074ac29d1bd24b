import { z } from 'zod';
import { pick } from '../../platform/i18n/i18n.js';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';
import { formatDay, formatClock } from '../events/helsinki-time.js';

const base = {
  agreementId: z.string().uuid(),
  title: z.string().max(200),
  centreFi: z.string().max(200),
  centreSv: z.string().max(200),
  organization: z.string().max(300),
  startsAt: z.string().datetime(),
};

/** To the other side of an agreement: a proposal, another time, an acceptance or a decline (with the message). */
export const agreementStepMail = defineMailTemplate({
  name: 'centre-agreement-step',
  params: z.object({ ...base, action: z.enum(['propose', 'counter', 'accept', 'decline']), message: z.string().max(1000) }).strict(),
  render: (p, { t, link, lang }) => {
    const start = new Date(p.startsAt);
    const names = { title: p.title, centre: pick(lang, p.centreFi, p.centreSv), organization: p.organization, date: formatDay(start, lang), time: formatClock(start, lang) };
    return {
      subject: t(`centres.mail.agreement.${p.action}.subject`, names),
      blocks: [
        { kind: 'heading', text: t(`centres.mail.agreement.${p.action}.subject`, names) },
        { kind: 'paragraph', text: t('centres.mail.agreement.when', names) },
        ...(p.message ? [{ kind: 'paragraph' as const, text: `${t('centres.mail.message')} ${p.message}` }] : []),
        { kind: 'action', label: t('centres.mail.agreement.action'), href: link(`/agreements/${p.agreementId}`) },
      ],
    };
  },
});

/** To both sides, once, shortly before an accepted agreement's time. */
export const agreementReminderMail = defineMailTemplate({
  name: 'centre-agreement-reminder',
  params: z.object(base).strict(),
  render: (p, { t, link, lang }) => {
    const start = new Date(p.startsAt);
    const names = { title: p.title, centre: pick(lang, p.centreFi, p.centreSv), organization: p.organization, date: formatDay(start, lang), time: formatClock(start, lang) };
    return {
      subject: t('centres.mail.agreement.reminder.subject', names),
      blocks: [
        { kind: 'heading', text: t('centres.mail.agreement.reminder.subject', names) },
        { kind: 'paragraph', text: t('centres.mail.agreement.when', names) },
        { kind: 'action', label: t('centres.mail.agreement.action'), href: link(`/agreements/${p.agreementId}`) },
      ],
    };
  },
});
