import { z } from 'zod';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';

/**
 * To the maintainer who sent an event, when a regional administrator approves it (it joins the region's calendar and
 * iCal feed) or rejects it (it stays visible to its organisation's maintainers only).
 */
export const eventDecisionMail = defineMailTemplate({
  name: 'event-decision',
  params: z
    .object({
      decision: z.enum(['approved', 'rejected']),
      eventId: z.string().uuid(),
      name: z.string().max(300),
    })
    .strict(),
  render: ({ decision, eventId, name }, { t, link }) => ({
    subject: t(`events.mail.${decision}.subject`, { name }),
    blocks: [
      { kind: 'heading', text: t(`events.mail.${decision}.heading`, { name }) },
      { kind: 'paragraph', text: t(`events.mail.${decision}.body`, { name }) },
      { kind: 'action', label: t('events.mail.action'), href: link(`/events/${eventId}`) },
    ],
  }),
});
