import { z } from 'zod';
import { defineMailTemplate, type MailBlock } from '../../platform/mail/mail-template.js';

/**
 * To the maintainer who sent an announcement, when a regional administrator approves it (it is published on the
 * region's portal from its publishing date) or rejects it with a message. The message is plain text (escaped).
 */
export const announcementDecisionMail = defineMailTemplate({
  name: 'announcement-decision',
  params: z
    .object({
      decision: z.enum(['approved', 'rejected']),
      title: z.string().max(300),
      message: z.string().max(5000),
    })
    .strict(),
  render: ({ decision, title, message }, { t, link }) => {
    const blocks: MailBlock[] = [
      { kind: 'heading', text: t(`news.mail.${decision}.heading`, { title }) },
      { kind: 'paragraph', text: t(`news.mail.${decision}.body`, { title }) },
    ];
    if (message.trim()) {
      blocks.push({ kind: 'paragraph', text: t('news.mail.messageLabel') });
      for (const part of message.trim().split(/\n\s*\n/)) blocks.push({ kind: 'paragraph', text: part.trim() });
    }
    blocks.push({ kind: 'action', label: t('news.mail.action'), href: link('/my/announcements') });
    return { subject: t(`news.mail.${decision}.subject`, { title }), blocks };
  },
});
