import { z } from 'zod';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';

/**
 * To the maintainers (and the sender) when an administrator decides a submission: approved (published), returned
 * for changes with a message, or rejected with a reason. The administrator's message is plain text (escaped).
 */
export const submissionDecisionMail = defineMailTemplate({
  name: 'submission-decision',
  params: z
    .object({
      decision: z.enum(['approved', 'returned', 'rejected']),
      kind: z.enum(['join', 'change']),
      submissionId: z.string().uuid(),
      organizationId: z.string().uuid(),
      organizationName: z.string().max(300),
      message: z.string().max(5000),
    })
    .strict(),
  render: ({ decision, submissionId, organizationId, organizationName, message }, { t, link }) => {
    const name = { name: organizationName };
    const blocks: { kind: 'heading' | 'paragraph'; text: string }[] = [
      { kind: 'heading', text: t(`review.mail.${decision}.heading`, name) },
      { kind: 'paragraph', text: t(`review.mail.${decision}.body`, name) },
    ];
    if (message.trim()) {
      blocks.push({ kind: 'paragraph', text: t('review.mail.messageLabel') });
      for (const part of message.trim().split(/\n\s*\n/)) blocks.push({ kind: 'paragraph', text: part.trim() });
    }
    const action =
      decision === 'approved'
        ? { kind: 'action' as const, label: t('review.mail.approved.action'), href: link(`/organisations/${organizationId}`) }
        : decision === 'returned'
          ? { kind: 'action' as const, label: t('review.mail.returned.action'), href: link(`/my/submissions/${submissionId}`) }
          : { kind: 'action' as const, label: t('review.mail.rejected.action'), href: link('/guides') };
    return { subject: t(`review.mail.${decision}.subject`, name), blocks: [...blocks, action] };
  },
});
