import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { findActivityOrganizationId, findPublicActivityNames, findPublicOrganizationNames } from './feedback.repo.js';
import type { DataErrorPlace } from './feedback.views.js';

/**
 * What a data-error report is about: a public organisation (by id, or as the organisation of a public activity) and
 * maybe one of its public activities (an activity of another organisation is ignored). Null when not public.
 */
export async function getDataErrorPlace({
  db,
  organizationId,
  activityId,
  lang,
}: {
  db: Database;
  organizationId: string | null;
  activityId: string | null;
  lang: Lang;
}): Promise<DataErrorPlace | null> {
  const orgId = organizationId ?? (activityId ? await findActivityOrganizationId(db, activityId) : null);
  if (!orgId) return null;
  const organization = await findPublicOrganizationNames(db, orgId);
  if (!organization) return null;
  const activity = activityId ? await findPublicActivityNames(db, { activityId, organizationId: orgId }) : null;
  return { organizationId: organization.id, organization: pick(lang, organization.nameFi, organization.nameSv, organization.nameEn), activityId: activity?.id ?? null, activity: activity ? pick(lang, activity.nameFi, activity.nameSv, activity.nameEn) : null };
}
