import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { findThemeBySlug, insertTheme, termIdsByCode } from './themes.repo.js';

/**
 * The demo's themes, drawn from the needs and target groups (taxonomy:code): a resident's way into the portals'
 * organisations by subject. Added when missing; a theme an administrator has edited is left as it is (idempotent).
 */
export const DEMO_THEMES = [
  { slug: 'mielenterveys', fi: 'Mielenterveys ja jaksaminen', sv: 'Psykisk hälsa och ork', en: 'Mental health and coping', terms: ['need:mielenterveys', 'need:masennus', 'need:ahdistus', 'need:uupumus', 'need:kriisi'] },
  { slug: 'paihteet-ja-pelaaminen', fi: 'Päihteet ja pelaaminen', sv: 'Rusmedel och spel', en: 'Substances and gambling', terms: ['need:paihteet', 'need:rahapelit'] },
  { slug: 'ikaantyminen', fi: 'Ikääntyminen ja muisti', sv: 'Åldrande och minne', en: 'Ageing and memory', terms: ['need:ikaantyminen', 'need:muistisairaus', 'target:ikaihmiset'] },
  { slug: 'lapset-nuoret-perheet', fi: 'Lapset, nuoret ja perheet', sv: 'Barn, unga och familjer', en: 'Children, young people and families', terms: ['need:perhe', 'target:lapset', 'target:nuoret', 'target:perheet'] },
  { slug: 'omaiset', fi: 'Omaiset ja läheiset', sv: 'Anhöriga och närstående', en: 'Family members and carers', terms: ['need:omaishoito', 'target:omaiset'] },
  { slug: 'pitkaaikaissairaudet', fi: 'Pitkäaikaissairaudet', sv: 'Långvariga sjukdomar', en: 'Long-term illnesses', terms: ['need:syopa', 'need:sydan', 'need:diabetes', 'need:neurologinen', 'need:reuma'] },
  { slug: 'vammaisuus', fi: 'Vammaisuus ja erityisyys', sv: 'Funktionsnedsättning', en: 'Disability and special needs', terms: ['need:vammaisuus', 'need:neuropsykiatria', 'target:vammaiset'] },
  { slug: 'yhteisollisyys', fi: 'Yksinäisyys ja yhteisöllisyys', sv: 'Ensamhet och gemenskap', en: 'Loneliness and community', terms: ['need:yksinaisyys'] },
  { slug: 'arki-ja-talous', fi: 'Arki, talous ja asuminen', sv: 'Vardag, ekonomi och boende', en: 'Everyday life, money and housing', terms: ['need:talous', 'need:asuminen', 'need:tyo'] },
  { slug: 'maahan-muuttaneet', fi: 'Maahan muuttaneet', sv: 'Inflyttade', en: 'Immigrants', terms: ['need:kotoutuminen', 'target:maahanmuuttajat'] },
] as const;

/** Creates the demo themes that are missing (by slug). */
export async function addDemoThemes(db: Database): Promise<void> {
  const ids = await termIdsByCode(db);
  let order = 0;
  for (const t of DEMO_THEMES) {
    order += 10;
    if (await findThemeBySlug(db, t.slug)) continue;
    const termIds = t.terms.map((code) => ids.get(code)).filter((id): id is string => id !== undefined);
    await insertTheme(db, { id: stableId('theme', t.slug), slug: t.slug, nameFi: t.fi, nameSv: t.sv, nameEn: t.en, sortOrder: order, termIds });
  }
}
