import type { Database } from '../../platform/db/database.js';
import type { Role } from '../../platform/db/schema.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { stableId } from '../../platform/ids.js';
import { addRole, ensureUser } from '../../platform/auth/auth.repo.js';

/** Small builders for the freshness tests: organisations with activities, people with roles, a second region. */

export const KUOPIO = '297';
export const HELSINKI = '091';
/** A test region (Pohjois-Savo comes with the reference data). */
export const TEST_REGION = 'testimaa';

export async function addTestRegion(db: Database): Promise<void> {
  await db.insertInto('region').values({ id: TEST_REGION, name_fi: 'Testimaa', name_sv: 'Testland', name_en: 'Testland' }).execute();
  await db.insertInto('region_municipality').values({ region_id: TEST_REGION, municipality_code: HELSINKI }).execute();
}

export async function addOrganization(
  db: Database,
  key: string,
  options: { name: string; lastChecked: string; municipality?: string; activities?: number; status?: 'published' | 'draft' },
): Promise<{ id: string; activityIds: string[] }> {
  const id = stableId('fresh-org', key);
  await db
    .insertInto('organization')
    .values({
      id,
      name_fi: options.name,
      description_fi: 'Kuvitteellinen yhdistys testejä varten.',
      status: options.status ?? 'published',
      last_checked: options.lastChecked,
      municipality_code: options.municipality ?? KUOPIO,
      social_links: '[]',
    })
    .execute();
  const activityIds: string[] = [];
  for (let i = 0; i < (options.activities ?? 1); i++) {
    const aid = stableId('fresh-act', `${key}-${i}`);
    await db
      .insertInto('activity')
      .values({
        id: aid,
        organization_id: id,
        name_fi: `${options.name}: vertaisryhmä ${i + 1}`,
        description_fi: 'Vertaistukea kerran viikossa.',
        status: options.status ?? 'published',
        last_checked: options.lastChecked,
      })
      .execute();
    await db.insertInto('activity_municipality').values({ activity_id: aid, municipality_code: options.municipality ?? KUOPIO }).execute();
    activityIds.push(aid);
  }
  return { id, activityIds };
}

export async function addPerson(db: Database, email: string, role: Role, scopeId: string | null, lang: Lang = 'fi'): Promise<string> {
  const user = await ensureUser(db, { id: stableId('fresh-user', email), email, lang });
  await addRole(db, { userId: user.id, role, scopeId });
  return user.id;
}
