import type { Database } from '../../platform/db/database.js';
import { addRole, ensureUser } from '../../platform/auth/auth.repo.js';
import { stableId } from '../../platform/ids.js';
import { fillPortalLookIfEmpty, findRegionRow, insertRegion, municipalitiesOfOtherRegions } from './regions.repo.js';

/**
 * The demo's two regional portals (issue 13; seed 002 describes a Kanta-Häme regional service): Pohjois-Savo (made
 * by the reference data; the demo gives it its look) and Kanta-Häme with its eleven municipalities, each with a
 * fictional regional administrator (`.invalid` addresses: nobody's real mailbox; sign-in links go to the outbox).
 */
export const DEMO_REGIONS = [
  {
    id: 'pohjois-savo',
    nameFi: 'Pohjois-Savo',
    nameSv: 'Norra Savolax',
    nameEn: 'North Savo',
    introFi: 'Pohjois-Savon järjestöt, yhdistykset ja yhteisöt yhdestä paikasta: vertaistukea, harrastuksia ja apua arkeen Kuopiosta Iisalmeen ja Varkauteen.',
    introSv: 'Organisationer, föreningar och gemenskaper i Norra Savolax på ett ställe: kamratstöd, fritid och hjälp i vardagen.',
    introEn: 'Organisations, associations and communities of North Savo in one place: peer support, hobbies and help in everyday life.',
    accentColor: '#0b5e6b',
    logoText: 'Pohjois-Savon järjestötarjotin',
    municipalityCodes: [] as string[],
    adminEmail: 'alue.pohjois-savo@demo.tarjotin.invalid',
  },
  {
    id: 'kanta-hame',
    nameFi: 'Kanta-Häme',
    nameSv: 'Egentliga Tavastland',
    nameEn: 'Kanta-Häme',
    introFi: 'Kanta-Hämeen järjestötoiminta kunnittain ja teemoittain: löydä yhdistykset ja vertaistuki Hämeenlinnasta, Forssasta, Riihimäeltä ja koko maakunnasta.',
    introSv: 'Organisationerna i Egentliga Tavastland per kommun och tema: hitta föreningar och kamratstöd i hela landskapet.',
    introEn: 'Organisations in Kanta-Häme by municipality and by theme: find associations and peer support across the region.',
    accentColor: '#8a1c3c',
    logoText: 'Kanta-Hämeen järjestötarjotin',
    // Hämeenlinna, Forssa, Riihimäki, Janakkala, Hattula, Hausjärvi, Humppila, Jokioinen, Loppi, Tammela, Ypäjä.
    municipalityCodes: ['109', '061', '694', '165', '082', '086', '103', '169', '433', '834', '981'],
    adminEmail: 'alue.kanta-hame@demo.tarjotin.invalid',
  },
] as const;

/** Creates the demo regions and their administrators if missing; a look an administrator has set is kept (idempotent). */
export async function addDemoRegions(db: Database): Promise<void> {
  for (const r of DEMO_REGIONS) {
    const existing = await findRegionRow(db, r.id);
    if (existing) {
      await fillPortalLookIfEmpty(db, r.id, r);
    } else {
      const taken = await municipalitiesOfOtherRegions(db, r.id, [...r.municipalityCodes]);
      await insertRegion(db, { ...r, municipalityCodes: r.municipalityCodes.filter((c) => !taken.includes(c)) });
    }
    const user = await ensureUser(db, { id: stableId('demo-user', `regional-admin:${r.id}`), email: r.adminEmail, lang: 'fi' });
    await addRole(db, { userId: user.id, role: 'regional_admin', scopeId: r.id });
  }
}
