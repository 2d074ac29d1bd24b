import { z } from 'zod';
import { SIGN_IN_LINK_MINUTES } from '../../platform/auth/auth-tokens.js';
import type { MessageKey } from '../../platform/i18n/catalog.js';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';
import { CATEGORIES } from './peer-help.schema.js';

/**
 * Peer help's e-mails, each in the recipient's language. They carry the request's reference, category and short
 * description (written for helpers to read) and a link; never the conversation or anybody's contact details.
 */

export const REFERENCE_PATTERN = /^VA-[0-9A-HJ-NP-Z]{4}-[0-9A-HJ-NP-Z]{4}$/;

const requestParams = z
  .object({
    requestId: z.string().uuid(),
    reference: z.string().regex(REFERENCE_PATTERN),
    category: z.enum(CATEGORIES),
    summary: z.string().min(1).max(200),
  })
  .strict();

const categoryKey = (c: string) => `peerHelp.category.${c}` as MessageKey;

/** The join link ordered at /peer-help/join: creates the account when needed and signs in. */
export const peerHelpJoinLinkMail = defineMailTemplate({
  name: 'peer-help-join-link',
  params: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) }).strict(),
  render: ({ token }, { t, link }) => ({
    subject: t('peerHelp.mail.join.subject'),
    blocks: [
      { kind: 'heading', text: t('peerHelp.mail.join.subject') },
      { kind: 'paragraph', text: t('peerHelp.mail.join.body', { minutes: SIGN_IN_LINK_MINUTES }) },
      { kind: 'action', label: t('peerHelp.mail.join.action'), href: link(`/peer-help/join/${token}`) },
      { kind: 'paragraph', text: t('peerHelp.mail.join.ignore') },
    ],
  }),
});

/** To the requester when a request is published ("Tilausvahvistus"). */
export const peerHelpRequestConfirmationMail = defineMailTemplate({
  name: 'peer-help-request-confirmation',
  params: requestParams.extend({ hours: z.number().min(0.5).max(999), wishedTime: z.string().max(300) }).strict(),
  render: (p, { t, link }) => ({
    subject: t('peerHelp.mail.confirmation.subject', { reference: p.reference }),
    blocks: [
      { kind: 'heading', text: t('peerHelp.mail.confirmation.heading') },
      {
        kind: 'list',
        items: [
          t('peerHelp.mail.reference', { reference: p.reference }),
          t('peerHelp.mail.summary', { summary: p.summary }),
          t('peerHelp.mail.category', { category: t(categoryKey(p.category)) }),
          t('peerHelp.mail.hours', { hours: String(p.hours) }),
          t('peerHelp.mail.wishedTime', { time: p.wishedTime }),
        ],
      },
      { kind: 'paragraph', text: t('peerHelp.mail.confirmation.next') },
      { kind: 'paragraph', text: t('peerHelp.mail.confirmation.final') },
      { kind: 'action', label: t('peerHelp.mail.open'), href: link(`/peer-help/requests/${p.requestId}`) },
    ],
  }),
});

/** To the requester: someone applied. */
export const peerHelpApplicationMail = defineMailTemplate({
  name: 'peer-help-application',
  params: requestParams,
  render: (p, { t, link }) => ({
    subject: t('peerHelp.mail.application.subject', { reference: p.reference }),
    blocks: [
      { kind: 'paragraph', text: t('peerHelp.mail.application.body', { summary: p.summary }) },
      { kind: 'action', label: t('peerHelp.mail.open'), href: link(`/peer-help/requests/${p.requestId}`) },
    ],
  }),
});

/** To a helper: they were selected. */
export const peerHelpSelectedMail = defineMailTemplate({
  name: 'peer-help-selected',
  params: requestParams,
  render: (p, { t, link }) => ({
    subject: t('peerHelp.mail.selected.subject', { reference: p.reference }),
    blocks: [
      { kind: 'paragraph', text: t('peerHelp.mail.selected.body', { summary: p.summary }) },
      { kind: 'action', label: t('peerHelp.mail.open'), href: link(`/peer-help/requests/${p.requestId}`) },
    ],
  }),
});

/** To the applicants not chosen, when the request is filled: a kind thank-you. */
export const peerHelpThanksMail = defineMailTemplate({
  name: 'peer-help-thanks',
  params: requestParams,
  render: (p, { t, link }) => ({
    subject: t('peerHelp.mail.thanks.subject', { reference: p.reference }),
    blocks: [
      { kind: 'paragraph', text: t('peerHelp.mail.thanks.body', { summary: p.summary }) },
      { kind: 'action', label: t('peerHelp.mail.thanks.more'), href: link('/peer-help') },
    ],
  }),
});

/** To every applicant when the requester cancels. */
export const peerHelpCancelledMail = defineMailTemplate({
  name: 'peer-help-cancelled',
  params: requestParams,
  render: (p, { t, link }) => ({
    subject: t('peerHelp.mail.cancelled.subject', { reference: p.reference }),
    blocks: [
      { kind: 'paragraph', text: t('peerHelp.mail.cancelled.body', { summary: p.summary }) },
      { kind: 'action', label: t('peerHelp.mail.thanks.more'), href: link('/peer-help') },
    ],
  }),
});

/** To the requester: a helper marked the task done; please approve and give feedback. */
export const peerHelpDoneMail = defineMailTemplate({
  name: 'peer-help-done',
  params: requestParams,
  render: (p, { t, link }) => ({
    subject: t('peerHelp.mail.done.subject', { reference: p.reference }),
    blocks: [
      { kind: 'paragraph', text: t('peerHelp.mail.done.body', { summary: p.summary }) },
      { kind: 'action', label: t('peerHelp.mail.open'), href: link(`/peer-help/requests/${p.requestId}`) },
    ],
  }),
});

/** To an address added to a group: what the group is, its code, and how to join peer help. */
export const peerHelpGroupInvitationMail = defineMailTemplate({
  name: 'peer-help-group-invitation',
  params: z.object({ groupName: z.string().min(1).max(100), code: z.string().regex(/^[A-Z0-9]{8}$/) }).strict(),
  render: (p, { t, link }) => ({
    subject: t('peerHelp.mail.group.subject', { name: p.groupName }),
    blocks: [
      { kind: 'paragraph', text: t('peerHelp.mail.group.body', { name: p.groupName, code: p.code }) },
      { kind: 'action', label: t('peerHelp.mail.join.action'), href: link('/peer-help/join') },
    ],
  }),
});

/** To the platform administrators: a feedback comment was reported; the link leads to the profile that shows it. */
export const peerHelpFeedbackReportedMail = defineMailTemplate({
  name: 'peer-help-feedback-reported',
  params: z.object({ profileId: z.string().uuid() }).strict(),
  render: (p, { t, link }) => ({
    subject: t('peerHelp.mail.reported.subject'),
    blocks: [
      { kind: 'paragraph', text: t('peerHelp.mail.reported.body') },
      { kind: 'action', label: t('peerHelp.mail.reported.action'), href: link(`/peer-help/profiles/${p.profileId}`) },
    ],
  }),
});

/** To a helper who asked for notices at once: a new request matches their interests and distance. */
export const peerHelpNewRequestMail = defineMailTemplate({
  name: 'peer-help-new-request',
  params: requestParams,
  render: (p, { t, link }) => ({
    subject: t('peerHelp.mail.newRequest.subject', { category: t(categoryKey(p.category)) }),
    blocks: [
      { kind: 'paragraph', text: t('peerHelp.mail.newRequest.body', { summary: p.summary }) },
      { kind: 'action', label: t('peerHelp.mail.open'), href: link(`/peer-help/requests/${p.requestId}`) },
      { kind: 'paragraph', text: t('peerHelp.mail.newRequest.settings') },
    ],
  }),
});

/** The daily digest: the new requests that match a helper who chose the digest (one e-mail a day at most). */
export const peerHelpDigestMail = defineMailTemplate({
  name: 'peer-help-digest',
  params: z.object({ requests: z.array(requestParams).min(1).max(200) }).strict(),
  render: (p, { t, link }) => ({
    subject: t('peerHelp.mail.digest.subject', { count: p.requests.length }),
    blocks: [
      { kind: 'paragraph', text: t('peerHelp.mail.digest.body', { count: p.requests.length }) },
      { kind: 'list', items: p.requests.map((r) => t('peerHelp.mail.digest.item', { summary: r.summary, category: t(categoryKey(r.category)), link: link(`/peer-help/requests/${r.requestId}`) })) },
      { kind: 'action', label: t('peerHelp.mail.digest.all'), href: link('/peer-help') },
      { kind: 'paragraph', text: t('peerHelp.mail.newRequest.settings') },
    ],
  }),
});

/** To the requester: applications have waited for an answer (no selection, no message) for two working days. */
export const peerHelpReminderMail = defineMailTemplate({
  name: 'peer-help-reminder',
  params: requestParams.extend({ workingDays: z.number().int().min(1).max(30) }).strict(),
  render: (p, { t, link }) => ({
    subject: t('peerHelp.mail.reminder.subject', { reference: p.reference }),
    blocks: [
      { kind: 'paragraph', text: t('peerHelp.mail.reminder.body', { summary: p.summary, days: p.workingDays }) },
      { kind: 'paragraph', text: t('peerHelp.mail.reminder.next') },
      { kind: 'action', label: t('peerHelp.mail.open'), href: link(`/peer-help/requests/${p.requestId}`) },
    ],
  }),
});

const dateParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** 2027-12-06 → 6.12.2027 (the way dates are written in all three languages here). */
const shortDate = (d: string) => `${Number(d.slice(8, 10))}.${Number(d.slice(5, 7))}.${d.slice(0, 4)}`;

/** To the requester: the last wished day has passed; the request will be closed on `closesOn` unless kept open. */
export const peerHelpExpiryWarningMail = defineMailTemplate({
  name: 'peer-help-expiry-warning',
  params: requestParams.extend({ wishedUntil: dateParam, closesOn: dateParam, days: z.number().int().min(1).max(60) }).strict(),
  render: (p, { t, link }) => ({
    subject: t('peerHelp.mail.expiry.subject', { reference: p.reference }),
    blocks: [
      { kind: 'paragraph', text: t('peerHelp.mail.expiry.body', { summary: p.summary, date: shortDate(p.wishedUntil) }) },
      { kind: 'paragraph', text: t('peerHelp.mail.expiry.closes', { days: p.days, date: shortDate(p.closesOn) }) },
      { kind: 'action', label: t('peerHelp.mail.expiry.action'), href: link(`/peer-help/requests/${p.requestId}#extend-title`) },
    ],
  }),
});

/** To the requester: the request was closed past its wished time (after the warning); a new one is easy to post. */
export const peerHelpClosedMail = defineMailTemplate({
  name: 'peer-help-closed',
  params: requestParams,
  render: (p, { t, link }) => ({
    subject: t('peerHelp.mail.closed.subject', { reference: p.reference }),
    blocks: [
      { kind: 'paragraph', text: t('peerHelp.mail.closed.body', { summary: p.summary }) },
      { kind: 'action', label: t('peerHelp.newRequest'), href: link('/peer-help/requests/new') },
    ],
  }),
});

/** To the applicants of a request closed past its wished time: thanks all the same. */
export const peerHelpClosedApplicantMail = defineMailTemplate({
  name: 'peer-help-closed-applicant',
  params: requestParams,
  render: (p, { t, link }) => ({
    subject: t('peerHelp.mail.closed.subject', { reference: p.reference }),
    blocks: [
      { kind: 'paragraph', text: t('peerHelp.mail.closedApplicant.body', { summary: p.summary }) },
      { kind: 'action', label: t('peerHelp.mail.thanks.more'), href: link('/peer-help') },
    ],
  }),
});

/** To a participant of conversations: how many messages they have not read, on which requests (never the text). */
export const peerHelpUnreadMail = defineMailTemplate({
  name: 'peer-help-unread',
  params: z.object({ requests: z.array(requestParams.extend({ unread: z.number().int().min(1) }).strict()).min(1).max(100) }).strict(),
  render: (p, { t, link }) => ({
    subject: t('peerHelp.mail.unread.subject', { count: p.requests.reduce((n, r) => n + r.unread, 0) }),
    blocks: [
      { kind: 'paragraph', text: t('peerHelp.mail.unread.body') },
      { kind: 'list', items: p.requests.map((r) => t('peerHelp.mail.unread.item', { count: r.unread, summary: r.summary, reference: r.reference, link: link(`/peer-help/requests/${r.requestId}#conversation-title`) })) },
      { kind: 'paragraph', text: t('peerHelp.mail.unread.once') },
    ],
  }),
});

export const peerHelpMailTemplates = [
  peerHelpDigestMail,
  peerHelpReminderMail,
  peerHelpExpiryWarningMail,
  peerHelpClosedMail,
  peerHelpClosedApplicantMail,
  peerHelpUnreadMail,
  peerHelpNewRequestMail,
  peerHelpFeedbackReportedMail,
  peerHelpGroupInvitationMail,
  peerHelpJoinLinkMail,
  peerHelpRequestConfirmationMail,
  peerHelpApplicationMail,
  peerHelpSelectedMail,
  peerHelpThanksMail,
  peerHelpCancelledMail,
  peerHelpDoneMail,
] as const;
