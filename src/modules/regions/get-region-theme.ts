import type { Database } from '../../platform/db/database.js';
import { findRegionRow } from './regions.repo.js';

/** The portal's default accent (the site's own blue) when a region has none. */
export const DEFAULT_ACCENT = '#1d4f91';

/**
 * A region's stylesheet (/regions/{slug}/theme.css): its accent colour as the `--region-accent` custom property of
 * the portal. The colour is stored as `#rrggbb` only (checked by the form and the table), so nothing else can reach
 * the CSS. Null when there is no such region.
 */
export async function getRegionTheme({ db, slug }: { db: Database; slug: string }): Promise<string | null> {
  const region = await findRegionRow(db, slug);
  if (!region) return null;
  return themeCss(region.accentColor ?? DEFAULT_ACCENT);
}

export function themeCss(accent: string): string {
  if (!/^#[0-9a-f]{6}$/.test(accent)) throw new Error('accent colour must be #rrggbb');
  return `.region-portal {\n  --region-accent: ${accent};\n}\n`;
}
