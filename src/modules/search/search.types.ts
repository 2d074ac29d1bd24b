import type { Lang } from '../../platform/i18n/i18n.js';

/**
 * The one entry point to search, used by the results page and the HSDS API alike. Only published activities of
 * published organisations are ever returned.
 */
export interface SearchInput {
  /** Free text typed by a person; may be empty. */
  text?: string;
  /** Term codes within the three taxonomies (e.g. needs: ['masennus']). Within one list: any; across lists: all. */
  needs?: string[];
  supports?: string[];
  targets?: string[];
  /** Taxonomy term ids (HSDS taxonomy_term_id); the activity must carry at least one of them. */
  termIds?: string[];
  /** Taxonomy id (HSDS taxonomy_id); the activity must carry some term of it. */
  taxonomyId?: string;
  /** Three-digit municipality code: activities available there, or nationwide / remote ones. */
  municipality?: string;
  /** Only nationwide or remote activities (the "Etänä / koko Suomi" choice). */
  remoteOnly?: boolean;
  /**
   * A region's scope (its portal, src/modules/regions): only activities available in one of these municipalities, or
   * nationwide / remote ones; the municipality facet lists only these municipalities.
   */
  withinMunicipalities?: string[];
  organizationId?: string;
  /** Only activities whose activity or organisation row changed after this moment. */
  modifiedAfter?: Date;
  lang: Lang;
  sort: 'relevance' | 'name';
  /** 1-based. */
  page: number;
  perPage: number;
  /** Compute facet counts (needs, kinds of support, target groups, municipalities). */
  facets?: boolean;
  /** Return each hit's score parts (for administrators and tests). */
  explain?: boolean;
  /**
   * Count every match even for a broad query. Without it, a query matching more than about 2 400 activities gets an
   * estimated total (`totalEstimated`; with `facets`, estimated facet counts too, `facetsEstimated`) and is answered
   * from bounded candidates (decision record 0004, "Broad queries").
   */
  exactTotal?: boolean;
  /** Tests only: how many of the sample's activities make a query broad (default BROAD_SAMPLE, search.repo.ts). */
  broadSample?: number;
  /** Tests only: how many of a broad query's sample matches are scored (default SAMPLE_READ, search.repo.ts). */
  broadSampleRead?: number;
}

/**
 * How a hit's relevance score was made: score = (textRank + literalBonus + nameBonus + taxonomyBonus + coverage +
 * typoPenalty + facetBonus) × localityFactor × freshnessFactor × languageFactor.
 */
export interface ScoreParts {
  /** PostgreSQL ts_rank of the whole query over the weighted document (or trigram similarity in the fallback) */
  textRank: number;
  /** +0.3 when the words as typed match (not only base forms, parts, synonyms or corrections) */
  literalBonus: number;
  /** +1 when the names alone match (activity, organisation, and the compound parts of their words); 0.3 for some words only */
  nameBonus: number;
  /** +0.5 when the taxonomy terms (labels, synonyms) alone match; 0.15 for some words only */
  taxonomyBonus: number;
  /** 3 when every word matches; with partial matching 3 × the share of words matched; 1 without text */
  coverage: number;
  /** −1 when the hit matches only through a typo correction */
  typoPenalty: number;
  /** +0.2 per chosen facet value the activity carries, when more than one value is chosen */
  facetBonus: number;
  /** 1.25 when available in the chosen municipality, else 1 */
  localityFactor: number;
  /** 1 when checked within a year, 0.98 within two, else (or never) 0.96 */
  freshnessFactor: number;
  /** 1 when offered in the interface language, else 0.7 */
  languageFactor: number;
  score: number;
}

export interface SearchHit {
  activityId: string;
  organizationId: string;
  score: number;
  /** Whether the activity is nationwide or remote. */
  nationwide?: boolean;
  /** With a municipality filter: 'local' when available in that municipality, else 'nationwide' (or remote). */
  availability?: 'local' | 'nationwide';
  /** With `explain`: the parts of `score`. */
  explain?: ScoreParts;
}

export interface FacetValue {
  code: string;
  label: string;
  count: number;
}

/**
 * Facet counts are disjunctive within their own facet: the count of a value is the number of results if that value
 * were chosen instead of the facet's current choice, with the text and every other filter applied. The municipality
 * count includes the nationwide / remote activities (as choosing the municipality would); `nationwide` is the count
 * for the "nationwide / remote only" choice.
 */
export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets?: { need: FacetValue[]; support: FacetValue[]; target: FacetValue[]; municipality: FacetValue[]; nationwide?: number };
  /** True when full-text search knew none of the words and the hits come from the trigram (typo) fallback. */
  approximate?: boolean;
  /** True when few activities matched every word, so those matching some of the words follow them. */
  partial?: boolean;
  /** True when `total` is an estimate from the index's sample (a broad query), rounded to hundreds. */
  totalEstimated?: boolean;
  /** True when the facet counts are estimates from the index's sample (a broad query on the results page). */
  facetsEstimated?: boolean;
}
