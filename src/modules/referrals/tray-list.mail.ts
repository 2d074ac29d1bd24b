import { z } from 'zod';
import { defineMailTemplate, type MailBlock } from '../../platform/mail/mail-template.js';
import { MAX_RECIPIENTS } from './referrals.types.js';

const text = (max: number) => z.string().trim().min(1).max(max).nullable();

/** One organisation or activity as the list names it: public data only (the card's contact details). */
export const trayListItem = z
  .object({
    /** The organisation's or the activity's name. */
    name: z.string().trim().min(1).max(300),
    /** For an activity, the organisation behind it. */
    organization: text(300),
    website: text(500),
    email: text(320),
    phone: text(100),
    address: text(500),
    /** The card or activity page, language-neutral. */
    path: z.string().regex(/^\/(organisations|activities)\/[0-9a-f-]{36}$/),
  })
  .strict();

export type TrayListItem = z.infer<typeof trayListItem>;

/**
 * "Lähetä tiedot sähköpostilla": the contact details of the organisations on a tray (or of one card) to the address a
 * person typed, so that a client can keep them (seed 000: "lähettämällä ne hänelle sähköpostilla"). The
 * organisations' public details only; nothing about the person, whose address is only the job's `to`.
 */
export const trayListMail = defineMailTemplate({
  name: 'tray-list',
  params: z.object({ items: z.array(trayListItem).min(1).max(MAX_RECIPIENTS) }).strict(),
  render: (p, { t, link }) => {
    const blocks: MailBlock[] = [
      { kind: 'heading', text: t('tray.mail.heading') },
      { kind: 'paragraph', text: t(p.items.length === 1 ? 'tray.mail.intro.one' : 'tray.mail.intro') },
    ];
    for (const item of p.items) {
      blocks.push({ kind: 'paragraph', text: item.organization ? t('tray.entry.activityOf', { activity: item.name, organization: item.organization }) : item.name });
      const lines = [
        item.phone ? `${t('tray.field.phone')}: ${item.phone}` : null,
        item.email ? `${t('tray.field.email')}: ${item.email}` : null,
        item.website ? `${t('tray.field.website')}: ${item.website}` : null,
        item.address ? `${t('tray.field.address')}: ${item.address}` : null,
        `${t(item.path.startsWith('/activities/') ? 'tray.mail.activityPage' : 'tray.mail.card')}: ${link(item.path)}`,
      ].filter((l): l is string => l !== null);
      blocks.push({ kind: 'list', items: lines });
    }
    blocks.push({ kind: 'paragraph', text: t('tray.mail.why') });
    blocks.push({ kind: 'action', label: t('tray.mail.search'), href: link('/') });
    return { subject: t(p.items.length === 1 ? 'tray.mail.subject.one' : 'tray.mail.subject', { name: p.items[0]!.name, count: p.items.length }), blocks };
  },
});
