import { z } from 'zod';
import { formatDate, pick } from '../../platform/i18n/i18n.js';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';
import { REFERENCE_PATTERN } from './contact-details.js';
import { LINK_DAYS } from './referrals.types.js';

/**
 * The reminders of contact requests nobody has acted on (send-referral-reminders.ts). **No client details**: the
 * parameters (stored in the job) and the text hold only references, dates and the organisations' public names.
 * The signed link cannot be sent again (only its hash is stored), so the reminder points to the original e-mail and
 * to the maintainers' inbox.
 */

const names = z.object({ fi: z.string().min(1).max(500), sv: z.string().max(500).nullable(), en: z.string().max(500).nullable() }).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const request = z.object({ reference: z.string().regex(REFERENCE_PATTERN), sentOn: isoDate }).strict();

/** To the organisation's contact-request address, 2 working days after a request with no action. */
export const contactRequestReminderMail = defineMailTemplate({
  name: 'contact-request-reminder',
  params: z.object({ organization: names, requests: z.array(request).min(1).max(500) }).strict(),
  render: (p, { t, link, lang }) => {
    const organization = pick(lang, p.organization.fi, p.organization.sv, p.organization.en);
    const line = (r: z.infer<typeof request>) => t('reminders.mail.request', { reference: r.reference, date: formatDate(r.sentOn, lang) });
    return {
      subject:
        p.requests.length === 1
          ? t('reminders.mail.subject.one', { reference: p.requests[0]!.reference })
          : t('reminders.mail.subject.many', { count: p.requests.length }),
      blocks: [
        { kind: 'heading', text: t('reminders.mail.heading') },
        { kind: 'paragraph', text: t(p.requests.length === 1 ? 'reminders.mail.body.one' : 'reminders.mail.body.many', { organization }) },
        { kind: 'list', items: p.requests.map(line) },
        { kind: 'paragraph', text: t('reminders.mail.original', { days: LINK_DAYS }) },
        { kind: 'action', label: t('reminders.mail.inbox'), href: link('/my/contact-requests') },
        { kind: 'paragraph', text: t('reminders.mail.decline') },
        { kind: 'paragraph', text: t('reminders.mail.why') },
      ],
    };
  },
});

const organization = z.object({ names, requests: z.array(request).min(1).max(500) }).strict();

/** To an administrator, 5 working days after a request with no action: the organisations and references. */
export const contactRequestOverdueAdminMail = defineMailTemplate({
  name: 'contact-request-overdue-admin',
  params: z.object({ organizations: z.array(organization).min(1).max(2000) }).strict(),
  render: (p, { t, link, lang }) => {
    const items = p.organizations.map((o) =>
      t('reminders.mail.admin.item', {
        organization: pick(lang, o.names.fi, o.names.sv, o.names.en),
        requests: o.requests.map((r) => t('reminders.mail.request', { reference: r.reference, date: formatDate(r.sentOn, lang) })).join(', '),
      }),
    );
    return {
      subject: t('reminders.mail.admin.subject'),
      blocks: [
        { kind: 'heading', text: t('reminders.mail.admin.heading') },
        { kind: 'paragraph', text: t('reminders.mail.admin.body') },
        { kind: 'list', items },
        { kind: 'paragraph', text: t('reminders.mail.admin.hint') },
        { kind: 'action', label: t('reminders.mail.admin.action'), href: link('/admin/contact-requests/stats') },
      ],
    };
  },
});
