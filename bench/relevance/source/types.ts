/**
 * Authoring format of the relevance corpus: compact, hand-written. `build-corpus.ts` turns it into corpus.json
 * (the format the harness reads, described in README.md). Keys become the ids used in queries.json.
 */
export type Lang = 'fi' | 'sv' | 'en';

export interface SrcText {
  name: string;
  description: string;
}

export interface SrcActivity {
  key: string;
  name: string;
  description: string;
  /** Language of name and description; defaults to the organisation's language (fi). */
  lang?: Lang;
  /** The same activity described in other languages. */
  tr?: Partial<Record<Lang, SrcText>>;
  needs?: string[];
  supports?: string[];
  targets?: string[];
  /** Municipality codes where it is available; defaults to the organisation's municipality unless nationwide. */
  places?: string[];
  nationwide?: boolean;
  remote?: boolean;
  checked?: string;
}

export interface SrcOrg {
  key: string;
  name: string;
  nameSv?: string;
  nameEn?: string;
  lang?: Lang;
  kind?: 'association' | 'foundation' | 'parish' | 'umbrella' | 'local_branch' | 'cooperative' | 'other';
  /** Home municipality code; omit for national organisations. */
  municipality?: string;
  description: string;
  activities: SrcActivity[];
}
