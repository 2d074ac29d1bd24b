import { z } from 'zod';
import { pick } from '../../platform/i18n/i18n.js';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';
import { CONFIRM_DAYS } from './newsletter.types.js';

/**
 * "Vahvista uutiskirjeen tilaus": the double opt-in link, in the language of the page the address was typed on. The
 * link opens a page with a button (a GET changes nothing: mail scanners open links).
 */
export const newsletterConfirmMail = defineMailTemplate({
  name: 'newsletter-confirm',
  params: z.object({
    region: z.object({ nameFi: z.string(), nameSv: z.string(), nameEn: z.string() }),
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  }),
  render: ({ region, token }, { t, lang, link }) => {
    const name = pick(lang, region.nameFi, region.nameSv, region.nameEn);
    return {
      subject: t('newsletter.mail.confirm.subject', { region: name }),
      blocks: [
        { kind: 'heading', text: t('newsletter.mail.confirm.heading') },
        { kind: 'paragraph', text: t('newsletter.mail.confirm.body', { region: name, days: CONFIRM_DAYS }) },
        { kind: 'action', label: t('newsletter.mail.confirm.action'), href: link(`/newsletter/confirm/${token}`) },
        { kind: 'paragraph', text: t('newsletter.mail.confirm.notYou', { days: CONFIRM_DAYS }) },
      ],
    };
  },
});
