import { z } from 'zod';
import { pick, type Lang, type Translate } from '../../platform/i18n/i18n.js';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';
import { formatClock, formatDay } from '../events/helsinki-time.js';

const base = {
  meetingId: z.string().uuid(),
  title: z.string().max(200),
  centreFi: z.string().max(200),
  centreSv: z.string().max(200),
  municipalityFi: z.string().max(100),
  municipalitySv: z.string().max(100),
  startsAt: z.string().datetime(),
  place: z.string().max(300),
  onlineUrl: z.string().max(500).nullable(),
  agenda: z.array(z.string().max(300)).max(30),
};

type Base = z.infer<z.ZodObject<typeof base>>;

function body(p: Base, t: Translate, lang: Lang) {
  const start = new Date(p.startsAt);
  const tt = t;
  const names = { title: p.title, centre: pick(lang, p.centreFi, p.centreSv), municipality: pick(lang, p.municipalityFi, p.municipalitySv), date: formatDay(start, lang), time: formatClock(start, lang) };
  return {
    names,
    blocks: [
      { kind: 'paragraph' as const, text: tt('meetings.mail.invitation.body', names) },
      { kind: 'paragraph' as const, text: `${tt('meetings.mail.where')} ${[p.place, p.onlineUrl].filter(Boolean).join(' · ')}` },
      ...(p.agenda.length > 0 ? [{ kind: 'paragraph' as const, text: `${tt('meetings.mail.agenda')}\n${p.agenda.map((a, i) => `${i + 1}. ${a}`).join('\n')}` }] : []),
    ],
  };
}

/** To an invited organisation's maintainers: the meeting, and its page where they register or decline (after signing in). */
export const meetingInvitationMail = defineMailTemplate({
  name: 'centre-meeting-invitation',
  params: z.object({ ...base, organization: z.string().max(300) }).strict(),
  render: (p, { t, link, lang }) => {
    const { names, blocks } = body(p, t, lang);
    return {
      subject: t('meetings.mail.invitation.subject', names),
      blocks: [
        { kind: 'heading', text: t('meetings.mail.invitation.subject', names) },
        { kind: 'paragraph', text: t('meetings.mail.invitation.organization', { organization: p.organization }) },
        ...blocks,
        { kind: 'action', label: t('meetings.mail.invitation.action'), href: link(`/meetings/${p.meetingId}`) },
      ],
    };
  },
});

/** To an invited member of the centre's staff: the meeting and a personal registration link (a secret, no account needed). */
export const meetingStaffInvitationMail = defineMailTemplate({
  name: 'centre-meeting-staff-invitation',
  params: z.object({ ...base, token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) }).strict(),
  render: (p, { t, link, lang }) => {
    const { names, blocks } = body(p, t, lang);
    return {
      subject: t('meetings.mail.invitation.subject', names),
      blocks: [
        { kind: 'heading', text: t('meetings.mail.invitation.subject', names) },
        ...blocks,
        { kind: 'action', label: t('meetings.mail.invitation.staffAction'), href: link(`/meeting-invitations/${p.token}`) },
        { kind: 'paragraph', text: t('meetings.mail.invitation.personal') },
      ],
    };
  },
});
