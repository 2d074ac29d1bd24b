import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { isUuid } from '../../platform/ids.js';
import { findRecipientActivities, findRecipientOrganizations, type Names } from './contact-request.repo.js';
import { MAX_RECIPIENTS } from './referrals.types.js';

/** One recipient as the form names it and carries it (hidden field `organization` or `activity`). */
export interface ContactRecipient {
  kind: 'organization' | 'activity';
  id: string;
  /** The organisation's name, or the activity's. */
  name: string;
  /** The organisation's name (for an activity, the organisation behind it). */
  organizationName: string;
}

/**
 * The recipients a contact-request form may carry, from ids in a query or a posted form: only those that may
 * receive a request (public, with a contact-request address), in the order given, at most MAX_RECIPIENTS, names in
 * the page's language. Unknown or unsuitable ids are left out, so a form shown again never carries them.
 */
export async function listContactRecipients(options: { db: Database; organizationIds: string[]; activityIds: string[]; lang: Lang }): Promise<ContactRecipient[]> {
  const { db, lang } = options;
  const orgIds = [...new Set(options.organizationIds.filter(isUuid).map((s) => s.toLowerCase()))];
  const actIds = [...new Set(options.activityIds.filter(isUuid).map((s) => s.toLowerCase()))];
  const [organizations, activities] = await Promise.all([findRecipientOrganizations(db, orgIds), findRecipientActivities(db, actIds)]);
  const name = (n: Names) => pick(lang, n.fi, n.sv, n.en);
  const out: ContactRecipient[] = [];
  for (const id of orgIds) {
    const o = organizations.find((x) => x.id === id);
    if (o) out.push({ kind: 'organization', id, name: name(o.name), organizationName: name(o.name) });
  }
  for (const id of actIds) {
    const a = activities.find((x) => x.id === id);
    if (a) out.push({ kind: 'activity', id, name: name(a.name), organizationName: name(a.organization.name) });
  }
  return out.slice(0, MAX_RECIPIENTS);
}
