import { common } from './common.messages.js';
import { directoryMessages } from '../../modules/directory/directory.messages.js';
import { searchMessages } from '../../modules/search/search.messages.js';
import { searchHelpMessages } from '../../modules/search/search-help.messages.js';
import { hsdsMessages } from '../../modules/hsds/hsds.messages.js';
import { guidesMessages } from '../../modules/guides/guides.messages.js';
import { mailMessages } from '../mail/mail.messages.js';
import { authMessages } from '../auth/auth.messages.js';
import { submissionsMessages } from '../../modules/submissions/submissions.messages.js';
import { freshnessMessages } from '../../modules/freshness/freshness.messages.js';
import { reviewMessages } from '../../modules/review/review.messages.js';
import { adminMessages } from '../../modules/admin/admin.messages.js';

/** The fi / sv / en catalogs: the frame's messages plus each module's own file. */
const parts = [
  common,
  directoryMessages,
  searchMessages,
  searchHelpMessages,
  hsdsMessages,
  guidesMessages,
  mailMessages,
  authMessages,
  submissionsMessages,
  freshnessMessages,
  reviewMessages,
  adminMessages,
] as const;

type Keys<P> = P extends { fi: infer F } ? keyof F : never;
export type MessageKey = Keys<(typeof parts)[number]> & string;

function merge(lang: 'fi' | 'sv' | 'en'): Record<string, string> {
  return Object.assign({}, ...parts.map((p) => p[lang]));
}

export const catalogs = { fi: merge('fi'), sv: merge('sv'), en: merge('en') };
export const catalogParts = parts;
