import { z } from 'zod';
import { pick } from '../../platform/i18n/i18n.js';
import { defineMailTemplate, type MailBlock } from '../../platform/mail/mail-template.js';
import { BULLETIN_TOPICS } from './bulletins.schema.js';

const centre = { centreId: z.string().uuid(), centreFi: z.string().max(200), centreSv: z.string().max(200) };
const topics = z.array(z.enum(BULLETIN_TOPICS)).max(BULLETIN_TOPICS.length);

/** To a centre's liaisons: a bulletin for the centre's staff waits to be forwarded. */
export const bulletinSentMail = defineMailTemplate({
  name: 'centre-bulletin-sent',
  params: z.object({ ...centre, bulletinId: z.string().uuid(), title: z.string().max(200), organization: z.string().max(300) }).strict(),
  render: (p, { t, link, lang }) => {
    const names = { centre: pick(lang, p.centreFi, p.centreSv), title: p.title, organization: p.organization };
    return {
      subject: t('centreBulletins.mail.sent.subject', names),
      blocks: [
        { kind: 'heading', text: t('centreBulletins.mail.sent.subject', names) },
        { kind: 'paragraph', text: t('centreBulletins.mail.sent.body', names) },
        { kind: 'action', label: t('centreBulletins.mail.sent.action'), href: link(`/centres/${p.centreId}/bulletins/${p.bulletinId}`) },
      ],
    };
  },
});

/**
 * The bulletin itself, to one staff member's work address, in the bulletin's language: the organisation named, the
 * text (plain text; mail clients make its addresses clickable), the liaison's note, and a footer saying who forwarded
 * it and why this address got it (its staff groups and their topics).
 */
export const bulletinForwardMail = defineMailTemplate({
  name: 'centre-bulletin-forward',
  params: z
    .object({
      ...centre,
      title: z.string().max(200),
      body: z.string().max(5000),
      organization: z.string().max(300),
      activity: z.string().max(300),
      topics,
      note: z.string().max(500),
      forwardedBy: z.string().max(254),
      groups: z.array(z.object({ name: z.string().max(150), topics })).min(1).max(100),
    })
    .strict(),
  render: (p, { t, lang }) => {
    const topicNames = (list: readonly string[]) => list.map((k) => t(`centreBulletins.topic.${k as (typeof BULLETIN_TOPICS)[number]}`)).join(', ');
    const centreName = pick(lang, p.centreFi, p.centreSv);
    const paragraphs: MailBlock[] = p.body
      .split(/\n\s*\n/)
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((text) => ({ kind: 'paragraph', text }));
    return {
      subject: t('centreBulletins.mail.forward.subject', { title: p.title, organization: p.organization }),
      blocks: [
        { kind: 'heading', text: p.title },
        { kind: 'paragraph', text: t(p.activity ? 'centreBulletins.mail.forward.fromActivity' : 'centreBulletins.mail.forward.from', { organization: p.organization, activity: p.activity, topics: topicNames(p.topics) }) },
        ...(p.note ? [{ kind: 'paragraph' as const, text: `${t('centreBulletins.mail.forward.note')} ${p.note}` }] : []),
        ...paragraphs,
        { kind: 'paragraph', text: '—' },
        { kind: 'paragraph', text: t('centreBulletins.mail.forward.footer', { forwardedBy: p.forwardedBy, centre: centreName }) },
        { kind: 'list', items: p.groups.map((g) => t('centreBulletins.mail.forward.group', { group: g.name, topics: topicNames(g.topics) })) },
        { kind: 'paragraph', text: t('centreBulletins.mail.forward.why', { centre: centreName }) },
      ],
    };
  },
});

/** To the sender: a centre's liaison forwarded the bulletin (to how many staff groups, never the addresses), returned or archived it. */
export const bulletinDecisionMail = defineMailTemplate({
  name: 'centre-bulletin-decision',
  params: z.object({ ...centre, title: z.string().max(200), decision: z.enum(['forwarded', 'returned', 'archived']), groups: z.number().int().min(0).max(100), message: z.string().max(1000) }).strict(),
  render: (p, { t, link, lang }) => {
    const names = { centre: pick(lang, p.centreFi, p.centreSv), title: p.title, n: p.groups };
    return {
      subject: t(`centreBulletins.mail.${p.decision}.subject`, names),
      blocks: [
        { kind: 'heading', text: t(`centreBulletins.mail.${p.decision}.subject`, names) },
        { kind: 'paragraph', text: t(`centreBulletins.mail.${p.decision}.body`, names) },
        ...(p.message ? [{ kind: 'paragraph' as const, text: `${t('centreBulletins.mail.message')} ${p.message}` }] : []),
        { kind: 'action', label: t('centreBulletins.mail.mine'), href: link('/my/bulletins') },
      ],
    };
  },
});

/** To an organisation's maintainers: a centre requests cooperation of them (answered like a proposal). */
export const agreementRequestMail = defineMailTemplate({
  name: 'centre-agreement-request',
  params: z.object({ ...centre, agreementId: z.string().uuid(), title: z.string().max(200), organization: z.string().max(300), kind: z.string().max(40), message: z.string().max(1000) }).strict(),
  render: (p, { t, link, lang }) => {
    const names = { centre: pick(lang, p.centreFi, p.centreSv), title: p.title, organization: p.organization };
    return {
      subject: t('centreBulletins.mail.request.subject', names),
      blocks: [
        { kind: 'heading', text: t('centreBulletins.mail.request.subject', names) },
        { kind: 'paragraph', text: t('centreBulletins.mail.request.body', names) },
        ...(p.message ? [{ kind: 'paragraph' as const, text: `${t('centreBulletins.mail.message')} ${p.message}` }] : []),
        { kind: 'action', label: t('centreBulletins.mail.request.action'), href: link(`/agreements/${p.agreementId}`) },
      ],
    };
  },
});
