/**
 * Ranking metrics for graded relevance judgments (grades 0..3; an activity that is not judged has grade 0).
 * A ranking is a list of document ids, best first; repeated ids count only at their first position.
 */
export type Judgments = Readonly<Record<string, number>>;

export const METRIC_DEFINITIONS = {
  ndcg:
    'nDCG@k: DCG@k / ideal DCG@k with gain 2^grade - 1 and discount log2(rank + 1) (rank 1-based). The ideal ranking sorts all judged grades in descending order. 0 when the query has no graded document.',
  recall:
    'recall@k: relevant documents (grade >= 1) among the first k results, divided by min(k, number of relevant documents), so a perfect ranking scores 1 even when more than k documents are relevant.',
  mrr:
    'MRR@k: mean over queries of 1 / rank of the first result with grade >= 2 within the first k results (0 when there is none).',
} as const;

function unique(ranking: readonly string[]): string[] {
  return [...new Set(ranking)];
}

function gain(grade: number): number {
  return 2 ** grade - 1;
}

/** Discounted cumulative gain of a list of grades in ranked order. */
export function dcg(grades: readonly number[]): number {
  return grades.reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
}

export function ndcgAt(ranking: readonly string[], judgments: Judgments, k = 10): number {
  const ideal = Object.values(judgments)
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k);
  const idealDcg = dcg(ideal);
  if (idealDcg === 0) return 0;
  const got = unique(ranking)
    .slice(0, k)
    .map((id) => judgments[id] ?? 0);
  return dcg(got) / idealDcg;
}

export function recallAt(ranking: readonly string[], judgments: Judgments, k = 10): number {
  const relevant = Object.keys(judgments).filter((id) => (judgments[id] ?? 0) >= 1);
  if (relevant.length === 0) return 0;
  const found = unique(ranking)
    .slice(0, k)
    .filter((id) => (judgments[id] ?? 0) >= 1).length;
  return found / Math.min(k, relevant.length);
}

export function reciprocalRankAt(ranking: readonly string[], judgments: Judgments, k = 10, minGrade = 2): number {
  const top = unique(ranking).slice(0, k);
  const i = top.findIndex((id) => (judgments[id] ?? 0) >= minGrade);
  return i < 0 ? 0 : 1 / (i + 1);
}

export interface QueryScores {
  ndcg: number;
  recall: number;
  mrr: number;
}

export function scoreRanking(ranking: readonly string[], judgments: Judgments, k = 10): QueryScores {
  return { ndcg: ndcgAt(ranking, judgments, k), recall: recallAt(ranking, judgments, k), mrr: reciprocalRankAt(ranking, judgments, k) };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function meanScores(scores: readonly QueryScores[]): QueryScores {
  return { ndcg: mean(scores.map((s) => s.ndcg)), recall: mean(scores.map((s) => s.recall)), mrr: mean(scores.map((s) => s.mrr)) };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}
