import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dcg, meanScores, ndcgAt, percentile, recallAt, reciprocalRankAt } from './metrics.js';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} != ${expected}`);

describe('nDCG@10', () => {
  const judgments = { a: 3, b: 2, c: 1, d: 0 };

  it('is 1 for a perfect ranking', () => {
    close(ndcgAt(['a', 'b', 'c'], judgments), 1);
    close(ndcgAt(['a', 'b', 'c', 'd', 'x'], judgments), 1);
  });

  it('is 0 for an empty ranking and for a ranking of only irrelevant documents', () => {
    assert.equal(ndcgAt([], judgments), 0);
    assert.equal(ndcgAt(['d', 'x', 'y'], judgments), 0);
  });

  it('matches a hand-computed example', () => {
    // Ranking c, x, a. Gains 2^g-1: c=1, x=0, a=7. DCG = 1/log2(2) + 0/log2(3) + 7/log2(4) = 1 + 3.5 = 4.5.
    // Ideal a, b, c: 7/1 + 3/log2(3) + 1/2 = 7.5 + 1.8927892607...
    close(dcg([1, 0, 3]), 4.5);
    const ideal = 7 + 3 / Math.log2(3) + 1 / 2;
    close(dcg([3, 2, 1]), ideal);
    assert.equal(ndcgAt(['c', 'x', 'a'], judgments).toFixed(4), '0.4791');
  });

  it('counts only the first k results and ignores repeated ids', () => {
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`d${i}`, 1]));
    const ranking = ['x', 'x', ...Object.keys(many)];
    // The second x is dropped, so the first ten are x and nine relevant documents.
    const expected = dcg([0, 1, 1, 1, 1, 1, 1, 1, 1, 1]) / dcg(Array(10).fill(1));
    close(ndcgAt(ranking, many, 10), expected);
  });

  it('is 0 when nothing is judged relevant', () => {
    assert.equal(ndcgAt(['a'], { a: 0 }), 0);
  });
});

describe('recall@10', () => {
  it('counts grade >= 1 as relevant', () => {
    close(recallAt(['a', 'x', 'c'], { a: 3, b: 2, c: 1, d: 0 }), 2 / 3);
    close(recallAt(['d'], { a: 3, d: 0 }), 0);
  });

  it('divides by min(10, relevant) so that a perfect ranking scores 1', () => {
    const many = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`d${i}`, 1]));
    close(recallAt(Object.keys(many), many), 1);
    close(recallAt(Object.keys(many).slice(5), many), 1);
    close(recallAt(['x', ...Object.keys(many)], many), 9 / 10);
  });

  it('is 0 for an empty ranking', () => {
    assert.equal(recallAt([], { a: 1 }), 0);
  });
});

describe('MRR@10', () => {
  it('is 1 / rank of the first document graded 2 or 3', () => {
    close(reciprocalRankAt(['x', 'c', 'b', 'a'], { a: 3, b: 2, c: 1 }), 1 / 3);
    close(reciprocalRankAt(['a'], { a: 3 }), 1);
  });

  it('is 0 when the first such document is below rank 10 or absent', () => {
    const ranking = [...Array.from({ length: 10 }, (_, i) => `x${i}`), 'a'];
    assert.equal(reciprocalRankAt(ranking, { a: 3 }), 0);
    assert.equal(reciprocalRankAt(['c'], { c: 1 }), 0);
    assert.equal(reciprocalRankAt([], { a: 3 }), 0);
  });

  it('averages over queries', () => {
    const m = meanScores([
      { ndcg: 1, recall: 1, mrr: 1 },
      { ndcg: 0, recall: 0.5, mrr: 0.5 },
    ]);
    assert.deepEqual(m, { ndcg: 0.5, recall: 0.75, mrr: 0.75 });
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    assert.equal(percentile([5, 1, 3, 2, 4], 50), 3);
    assert.equal(percentile([5, 1, 3, 2, 4], 95), 5);
    assert.equal(percentile([], 95), 0);
  });
});
