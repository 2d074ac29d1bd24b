import { pick, pickedLang, type Lang } from '../../platform/i18n/i18n.js';
import type { OrganizationName } from './networks.repo.js';

/** A text in the reader's language with the language it is in (for the `lang` attribute). */
export interface LocalText {
  text: string;
  lang: Lang;
}

export function localText(lang: Lang, fi: string, sv?: string | null, en?: string | null): LocalText {
  return { text: pick(lang, fi, sv, en), lang: pickedLang(lang, sv, en) };
}

export interface OrganizationLink {
  id: string;
  name: LocalText;
}

export function organizationLink(lang: Lang, o: OrganizationName): OrganizationLink {
  return { id: o.id, name: localText(lang, o.nameFi, o.nameSv, o.nameEn) };
}
