import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { localizedPath } from '../../platform/views/page-context.js';
import { foldText } from './fold-text.js';
import { findOrganizationSuggestions, listSuggestMunicipalities, listSuggestTerms } from './search-help.repo.js';

export const SUGGESTIONS_PER_KIND = 5;
/** Shortest prefix that gets suggestions. */
export const SUGGEST_MIN_CHARS = 2;
/** Shortest prefix also matched inside compound words ("terveys" in "Mielenterveysyhdistys"). */
const INNER_MIN_CHARS = 4;
const MAX_FOLDED_CHARS = 60;
/** Terms and municipalities are read once a minute per database and matched in memory. */
const CACHE_MS = 60_000;

export interface CodeSuggestion {
  label: string;
  code: string;
  url: string;
}
export interface OrganizationSuggestion {
  label: string;
  id: string;
  url: string;
}

export interface Suggestions {
  needs: CodeSuggestion[];
  supports: CodeSuggestion[];
  targets: CodeSuggestion[];
  organizations: OrganizationSuggestion[];
  municipalities: CodeSuggestion[];
}

const none = (): Suggestions => ({ needs: [], supports: [], targets: [], organizations: [], municipalities: [] });

/** A term or municipality prepared for matching: " folded label " per language, and the other names / synonyms. */
interface Candidate {
  kind: 'need' | 'support' | 'target' | 'municipality';
  code: string;
  label: Record<Lang, string>;
  folded: Record<Lang, string>;
  other: Record<Lang, string>;
  /** Matching inside words (compounds) is allowed. */
  compounds: boolean;
}

const pad = (s: string) => ` ${foldText(s)} `;
const cache = new WeakMap<Database, { at: number; candidates: Promise<Candidate[]> }>();

async function loadCandidates(db: Database): Promise<Candidate[]> {
  const [terms, municipalities] = await Promise.all([listSuggestTerms(db), listSuggestMunicipalities(db)]);
  const out: Candidate[] = [];
  for (const t of terms) {
    const label = { fi: t.name.fi, sv: pick('sv', t.name.fi, t.name.sv), en: pick('en', t.name.fi, null, t.name.en) };
    const other = (l: Lang) => pad([...t.synonyms[l], t.name.fi].join(' '));
    out.push({
      kind: t.slug,
      code: t.code,
      label,
      folded: { fi: pad(label.fi), sv: pad(label.sv), en: pad(label.en) },
      other: { fi: other('fi'), sv: other('sv'), en: other('en') },
      compounds: true,
    });
  }
  for (const m of municipalities) {
    const both = pad(`${m.nameFi} ${m.nameSv}`);
    out.push({
      kind: 'municipality',
      code: m.code,
      label: { fi: m.nameFi, sv: m.nameSv, en: m.nameFi },
      folded: { fi: pad(m.nameFi), sv: pad(m.nameSv), en: pad(m.nameFi) },
      other: { fi: both, sv: both, en: both },
      compounds: false,
    });
  }
  return out;
}

function candidates(db: Database, now = Date.now()): Promise<Candidate[]> {
  const hit = cache.get(db);
  if (hit && now - hit.at < CACHE_MS) return hit.candidates;
  const loading = loadCandidates(db);
  cache.set(db, { at: now, candidates: loading });
  loading.catch(() => cache.delete(db));
  return loading;
}

/** 0 the label starts with the prefix, 1 a word of the label does, 2 another name or a synonym does, 3 inside a word. */
function rankOf(c: Candidate, lang: Lang, prefix: string, inner: boolean): number | null {
  const label = c.folded[lang];
  if (label.startsWith(` ${prefix}`)) return 0;
  if (label.includes(` ${prefix}`)) return 1;
  if (c.other[lang].includes(` ${prefix}`)) return 2;
  if (inner && c.compounds && (label.includes(prefix) || c.other[lang].includes(prefix))) return 3;
  return null;
}

/**
 * Suggestions as you type (front page): needs, kinds of support, target groups, published organisations and
 * municipalities whose label (or synonym, or other-language name) has a word starting with the typed text; case and
 * accents do not matter. Links go to the results page with that filter, or to the organisation's card. One SQL
 * statement (organisations); terms and municipalities are matched in memory.
 */
export async function suggest({ db, text, lang }: { db: Database; text: string; lang: Lang }): Promise<Suggestions> {
  const prefix = foldText(text).slice(0, MAX_FOLDED_CHARS).trim();
  if (prefix.length < SUGGEST_MIN_CHARS) return none();
  const inner = prefix.length >= INNER_MIN_CHARS;
  const [all, organizations] = await Promise.all([
    candidates(db),
    findOrganizationSuggestions(db, prefix, lang, SUGGESTIONS_PER_KIND, INNER_MIN_CHARS),
  ]);
  const out = none();
  const link = (path: string) => localizedPath(lang, path);
  const ranked = all
    .map((c) => ({ c, rank: rankOf(c, lang, prefix, inner) }))
    .filter((r): r is { c: Candidate; rank: number } => r.rank !== null)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.c.label[lang].length - b.c.label[lang].length ||
        (a.c.folded[lang] < b.c.folded[lang] ? -1 : a.c.folded[lang] > b.c.folded[lang] ? 1 : 0) ||
        (a.c.code < b.c.code ? -1 : 1),
    );
  const lists = { need: out.needs, support: out.supports, target: out.targets, municipality: out.municipalities };
  for (const { c } of ranked) {
    const list = lists[c.kind];
    if (list.length >= SUGGESTIONS_PER_KIND) continue;
    const param = c.kind === 'municipality' ? 'municipality' : c.kind;
    list.push({ label: c.label[lang], code: c.code, url: link(`/search?${param}=${encodeURIComponent(c.code)}`) });
  }
  out.organizations = organizations.map((r) => ({ label: r.label, id: r.ref, url: link(`/organisations/${r.ref}`) }));
  return out;
}
