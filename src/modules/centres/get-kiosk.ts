import { hashSecret } from '../../platform/auth/auth-tokens.js';
import type { Database } from '../../platform/db/database.js';
import { dateInput } from '../events/helsinki-time.js';
import { findCentre } from './centres.repo.js';
import { findMaterial, isMaterialCurrentAt, listCurrentMaterials, readMaterialFile, type MaterialContentType } from './materials.repo.js';
import { findScreenByTokenHash } from './screens.repo.js';

export interface KioskSlide {
  id: string;
  title: string;
  altText: string;
  /** The slide's image, under the kiosk's own address (the token is the only credential the screen has). */
  src: string;
}

export interface Kiosk {
  centreFi: string;
  centreSv: string;
  /** The screen's name ("Aula"): every screen of a centre shows the same approved slides. */
  screenName: string;
  slides: KioskSlide[];
}

/** The screen of a kiosk token (only its hash is stored), or null for an unknown, renewed or removed one. */
async function screenOfToken(db: Database, token: string): Promise<{ centreId: string; name: string } | null> {
  return findScreenByTokenHash(db, hashSecret(token));
}

/** The kiosk of a token: that centre's approved slides valid today, and nothing else; null for a wrong token. */
export async function getKiosk({ db, token, now }: { db: Database; token: string; now: Date }): Promise<Kiosk | null> {
  const screen = await screenOfToken(db, token);
  if (!screen) return null;
  const { centreId } = screen;
  const centre = (await findCentre(db, centreId))!;
  const slides = await listCurrentMaterials(db, { centreId, today: dateInput(now), kinds: ['slide'] });
  return {
    centreFi: centre.nameFi,
    centreSv: centre.nameSv,
    screenName: screen.name,
    slides: slides.map((s) => ({ id: s.id, title: s.title, altText: s.altText, src: `/kiosk/${token}/slides/${s.id}` })),
  };
}

/** One slide's image for the kiosk of a token: only a slide approved for that centre and valid today. */
export async function getKioskSlide({ db, token, materialId, now }: { db: Database; token: string; materialId: string; now: Date }): Promise<{ bytes: Buffer; contentType: MaterialContentType } | null> {
  const centreId = (await screenOfToken(db, token))?.centreId;
  if (!centreId) return null;
  if (!(await isMaterialCurrentAt(db, { id: materialId, centreId, today: dateInput(now) }))) return null;
  const material = await findMaterial(db, materialId);
  if (material?.kind !== 'slide') return null;
  const bytes = await readMaterialFile(db, materialId);
  return bytes ? { bytes, contentType: material.contentType } : null;
}
