import { z } from 'zod';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';

/** To the regional administrators (or the platform administrators) when an organisation's data awaits review. */
export const submissionAwaitingReviewMail = defineMailTemplate({
  name: 'submission-awaiting-review',
  params: z
    .object({
      submissionId: z.string().uuid(),
      organizationName: z.string().max(300),
      kind: z.enum(['join', 'change']),
    })
    .strict(),
  render: ({ submissionId, organizationName, kind }, { t, link }) => ({
    subject: t(kind === 'join' ? 'submissions.mail.review.subjectJoin' : 'submissions.mail.review.subjectChange', { name: organizationName }),
    blocks: [
      { kind: 'heading', text: t('submissions.mail.review.heading') },
      { kind: 'paragraph', text: t(kind === 'join' ? 'submissions.mail.review.bodyJoin' : 'submissions.mail.review.bodyChange', { name: organizationName }) },
      { kind: 'action', label: t('submissions.mail.review.action'), href: link(`/admin/review/${submissionId}`) },
      { kind: 'paragraph', text: t('submissions.mail.review.why') },
    ],
  }),
});
