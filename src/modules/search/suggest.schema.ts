import { z } from 'zod';

/** Longest prefix the suggestions accept (characters, before normalising). */
export const SUGGEST_MAX_CHARS = 100;

/** Query string of GET /api/suggest (also the OpenAPI parameters). */
export const suggestQuery = z.object({
  q: z
    .string()
    .max(SUGGEST_MAX_CHARS, `must be at most ${SUGGEST_MAX_CHARS} characters`)
    .meta({ description: 'What has been typed so far: the start of a word (at least 2 letters); case and accents (ä, ö, å) do not matter.' }),
  lang: z
    .enum(['fi', 'sv', 'en'])
    .default('fi')
    .meta({ description: 'Language of the labels and links (fi, sv, en).' }),
});

export type SuggestQuery = z.output<typeof suggestQuery>;
