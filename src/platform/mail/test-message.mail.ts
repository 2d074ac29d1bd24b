import { z } from 'zod';
import { defineMailTemplate } from './mail-template.js';

/** A short message to check that e-mail gets through (for the platform administrator's mail settings). */
export const testMessage = defineMailTemplate({
  name: 'test-message',
  params: z.object({}).strict(),
  render: (_params, { t, link }) => ({
    subject: t('mail.test.subject'),
    blocks: [
      { kind: 'heading', text: t('mail.test.heading') },
      { kind: 'paragraph', text: t('mail.test.body') },
      { kind: 'action', label: t('mail.test.action'), href: link('/') },
    ],
  }),
});
