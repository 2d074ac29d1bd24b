import { z } from 'zod';
import { formatDate, pick } from '../../platform/i18n/i18n.js';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';

/** How long a one-click confirmation link is valid. */
export const CONFIRM_LINK_DAYS = 30;

const names = z.object({ fi: z.string().min(1).max(500), sv: z.string().max(500).nullable(), en: z.string().max(500).nullable() }).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The reminder to an organisation's maintainer (first or second): a one-click confirmation link and an edit link.
 * The token travels in the job payload and the mail only; the database keeps its hash.
 */
export const freshnessReminderMail = defineMailTemplate({
  name: 'freshness-reminder',
  params: z
    .object({
      second: z.boolean(),
      /** The data is now marked "may be out of date" (the cycle was started over). */
      marked: z.boolean().optional(),
      organizationId: z.uuid(),
      names,
      checkedOn: isoDate,
      token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
    })
    .strict(),
  render: (p, { t, link, lang }) => {
    const name = pick(lang, p.names.fi, p.names.sv, p.names.en);
    return {
      subject: t(p.second ? 'freshness.mail.second.subject' : 'freshness.mail.reminder.subject', { name }),
      blocks: [
        { kind: 'heading', text: t('freshness.mail.reminder.heading') },
        { kind: 'paragraph', text: t('freshness.mail.reminder.body', { name, date: formatDate(p.checkedOn, lang) }) },
        ...(p.marked ? [{ kind: 'paragraph' as const, text: t('freshness.mail.reminder.marked') }] : []),
        { kind: 'paragraph', text: t('freshness.mail.reminder.confirmHint') },
        { kind: 'action', label: t('freshness.mail.reminder.confirm'), href: link(`/freshness/confirm/${p.token}`) },
        { kind: 'paragraph', text: t('freshness.mail.reminder.editHint') },
        { kind: 'action', label: t('freshness.mail.reminder.edit'), href: link(`/my/organisations/${p.organizationId}/edit`) },
        { kind: 'paragraph', text: t('freshness.mail.reminder.validity', { days: CONFIRM_LINK_DAYS }) },
      ],
    };
  },
});

const item = z.object({ names, checkedOn: isoDate }).strict();

/** To an administrator: organisations that did not answer two reminders, and those whose activities left search. */
export const freshnessAdminMail = defineMailTemplate({
  name: 'freshness-admin',
  params: z.object({ overdue: z.array(item).max(5000), hidden: z.array(item).max(5000) }).strict(),
  render: (p, { t, link, lang }) => {
    const line = (i: z.infer<typeof item>) =>
      t('freshness.mail.admin.item', { name: pick(lang, i.names.fi, i.names.sv, i.names.en), date: formatDate(i.checkedOn, lang) });
    return {
      subject: t('freshness.mail.admin.subject'),
      blocks: [
        { kind: 'heading', text: t('freshness.mail.admin.heading') },
        ...(p.overdue.length > 0
          ? [
              { kind: 'paragraph' as const, text: t('freshness.mail.admin.overdue') },
              { kind: 'list' as const, items: p.overdue.map(line) },
            ]
          : []),
        ...(p.hidden.length > 0
          ? [
              { kind: 'paragraph' as const, text: t('freshness.mail.admin.hidden') },
              { kind: 'list' as const, items: p.hidden.map(line) },
            ]
          : []),
        { kind: 'action', label: t('freshness.mail.admin.action'), href: link('/admin/freshness') },
      ],
    };
  },
});
