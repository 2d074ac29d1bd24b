import { z } from 'zod';
import { pick } from '../../platform/i18n/i18n.js';
import { defineMailTemplate } from '../../platform/mail/mail-template.js';

/** To the maintainer who asked: their organisation's request to join a network was accepted or declined. */
export const networkJoinDecisionMail = defineMailTemplate({
  name: 'network-join-decision',
  params: z
    .object({
      decision: z.enum(['accepted', 'declined']),
      regionSlug: z.string().max(60),
      networkId: z.string().uuid(),
      networkName: z.object({ fi: z.string().max(150), sv: z.string().max(150), en: z.string().max(150) }).strict(),
      organizationName: z.string().max(300),
    })
    .strict(),
  render: ({ decision, regionSlug, networkId, networkName, organizationName }, { t, link, lang }) => {
    const names = { network: pick(lang, networkName.fi, networkName.sv, networkName.en), organization: organizationName };
    return {
      subject: t(`networks.mail.${decision}.subject`, names),
      blocks: [
        { kind: 'heading', text: t(`networks.mail.${decision}.heading`, names) },
        { kind: 'paragraph', text: t(`networks.mail.${decision}.body`, names) },
        { kind: 'action', label: t('networks.mail.action'), href: link(`/regions/${regionSlug}/networks/${networkId}`) },
      ],
    };
  },
});
